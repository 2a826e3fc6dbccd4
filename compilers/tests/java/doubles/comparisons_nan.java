public class Main {
    public static void main(String[] args) {
        double nan = 0.0 / 0.0;
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1.0);
        System.out.println(nan > 1.0);
        System.out.println(nan <= nan);
        System.out.println(nan >= 1.0);
        System.out.println(0.0 == -0.0);
        System.out.println(1.0 < 2);
        System.out.println(3 >= 2.5);
        System.out.println(0.1 + 0.2 == 0.3);
        System.out.println(Math.abs(0.1 + 0.2 - 0.3) < 1e-9);
        System.out.println(Double.compare(nan, 1.0));
        System.out.println(Double.compare(0.0, -0.0));
        System.out.println(Double.compare(-0.0, 0.0));
        System.out.println(Double.compare(1.5, 1.5));
        System.out.println(Double.isNaN(nan) + " " + Double.isNaN(1.0));
        double inf = 1.0 / 0;
        System.out.println(inf > Double.MAX_VALUE);
        System.out.println(inf == Double.POSITIVE_INFINITY);
        System.out.println(-inf == Double.NEGATIVE_INFINITY);
        System.out.println(Double.isInfinite(inf) + " " + Double.isInfinite(nan) + " " + Double.isFinite(1e300));
        System.out.println(nan > 0 ? "big" : "not big");
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: false
// expect: true
// expect: false
// expect: false
// expect: false
// expect: false
// expect: true
// expect: true
// expect: true
// expect: false
// expect: true
// expect: 1
// expect: 1
// expect: -1
// expect: 0
// expect: true false
// expect: true
// expect: true
// expect: true
// expect: true false true
// expect: not big
