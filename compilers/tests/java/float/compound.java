// Compound assignment narrows as a cast does; ++ and -- on a float.
public class Main {
    public static void main(String[] args) {
        float f = 0;
        for (int i = 0; i < 10; i++) {
            f += 0.1;
        }
        System.out.println(f);
        float g = 0;
        for (int i = 0; i < 10; i++) {
            g += 0.1f;
        }
        System.out.println(g);
        int n = 7;
        n *= 1.5f;
        System.out.println(n);
        long m = 100;
        m /= 3f;
        System.out.println(m);
        float h = 16777216f;
        h++;
        System.out.println(h);
        h--;
        --h;
        System.out.println(h);
        f -= 1;
        f *= 2;
        f /= 3;
        System.out.println(f);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.0000001
// expect: 1.0000001
// expect: 10
// expect: 33
// expect: 1.6777216E7
// expect: 1.6777214E7
// expect: 7.947286E-8
