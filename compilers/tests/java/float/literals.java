// float literals: the float nearest the decimal, rounded once.
public class Main {
    public static void main(String[] args) {
        float[] xs = {1.5f, 0.1f, 3f, 1e10f, 1.17549435E-38f, 1.4e-45f, 3.4028235e38f, 0x1.8p1f, 1_000.25F, .5f, 16777217f, 1.00000017881393432617187499f};
        for (float x : xs) {
            System.out.println(x);
        }
        System.out.println(-0.0f);
        System.out.println(0.3f == 0.3);
        System.out.println(0.5f == 0.5);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.5
// expect: 0.1
// expect: 3.0
// expect: 1.0E10
// expect: 1.17549435E-38
// expect: 1.4E-45
// expect: 3.4028235E38
// expect: 3.0
// expect: 1000.25
// expect: 0.5
// expect: 1.6777216E7
// expect: 1.0000001
// expect: -0.0
// expect: false
// expect: true
