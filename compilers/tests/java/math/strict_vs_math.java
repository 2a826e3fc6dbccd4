// StrictMath and Math agree where java's Math is fdlibm's (asin, sinh, expm1...) and where both are exact.
public class Main {
    public static void main(String[] args) {
        double[] xs = {0.3, -0.7, 1.5, 4.0};
        for (double x : xs) {
            System.out.println((Math.sinh(x) == StrictMath.sinh(x)) + " " + (Math.expm1(x) == StrictMath.expm1(x))
                    + " " + (Math.log1p(x) == StrictMath.log1p(x)) + " " + (Math.cbrt(x) == StrictMath.cbrt(x)));
        }
        System.out.println(StrictMath.asin(0.5) + " " + StrictMath.acos(-0.5) + " " + StrictMath.tanh(0.5));
        System.out.println(StrictMath.sqrt(3) + " " + StrictMath.floor(-0.5) + " " + StrictMath.ceil(-0.5) + " " + StrictMath.rint(2.5));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: true true true true
// expect: true true true true
// expect: true true true true
// expect: true true true true
// expect: 0.5235987755982989 2.0943951023931957 0.46211715726000974
// expect: 1.7320508075688772 -1.0 -0.0 2.0
