// float arithmetic is binary32's, each operation correctly rounded.
public class Main {
    public static void main(String[] args) {
        float a = 0.1f, b = 0.2f;
        System.out.println(a + b);
        System.out.println(a * b);
        System.out.println(b / a);
        System.out.println(a - b);
        System.out.println(1.0f / 3);
        System.out.println(2f / 3f);
        System.out.println(100f * 1.1f);
        System.out.println(7.5f % 2f);
        System.out.println(-7.5f % 2);
        System.out.println(16777216f + 1f);
        System.out.println(3.4e38f * 10);
        System.out.println(1e-45f / 2);
        System.out.println(0f / 0f);
        System.out.println(-1f / 0f);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.3
// expect: 0.020000001
// expect: 2.0
// expect: -0.1
// expect: 0.33333334
// expect: 0.6666667
// expect: 110.0
// expect: 1.5
// expect: -1.5
// expect: 1.6777216E7
// expect: Infinity
// expect: 0.0
// expect: NaN
// expect: -Infinity
