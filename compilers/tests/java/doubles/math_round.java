public class Main {
    public static void main(String[] args) {
        double[] xs = {0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, -1.5, 1e20, -1e20, 3.7, -3.7, 0.0, -0.0};
        for (double x : xs) {
            System.out.println(x + " round " + Math.round(x) + " rint " + Math.rint(x));
        }
        System.out.println(Math.round(Double.NaN));
        System.out.println(Math.round(Double.POSITIVE_INFINITY));
        double price = 19.999;
        System.out.println(Math.round(price * 100) / 100.0);
        System.out.println(Math.round(2.675 * 100) / 100.0);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.5 round 1 rint 0.0
// expect: -0.5 round 0 rint -0.0
// expect: 1.5 round 2 rint 2.0
// expect: 2.5 round 3 rint 2.0
// expect: -2.5 round -2 rint -2.0
// expect: 0.49999999999999994 round 0 rint 0.0
// expect: -1.5 round -1 rint -2.0
// expect: 1.0E20 round 9223372036854775807 rint 1.0E20
// expect: -1.0E20 round -9223372036854775808 rint -1.0E20
// expect: 3.7 round 4 rint 4.0
// expect: -3.7 round -4 rint -4.0
// expect: 0.0 round 0 rint 0.0
// expect: -0.0 round 0 rint -0.0
// expect: 0
// expect: 9223372036854775807
// expect: 20.0
// expect: 2.68
