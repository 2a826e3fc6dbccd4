// Math.sinh, cosh and tanh are fdlibm's in java 17 (StrictMath's): their last digits are java's.
public class Main {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1e-300, 0.1, 0.5, 1.0, -1.0, 2.5, 10.0, -21.9, 22.5, 100.0, 709.0, 710.0, -711.0};
        for (double x : xs) {
            System.out.println(x + " " + Math.sinh(x) + " " + Math.cosh(x) + " " + Math.tanh(x));
        }
        System.out.println(Math.cosh(1));
        System.out.println(Math.sinh(Double.NaN) + " " + Math.cosh(Double.NEGATIVE_INFINITY) + " " + Math.tanh(Double.POSITIVE_INFINITY));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.0 0.0 1.0 0.0
// expect: -0.0 -0.0 1.0 -0.0
// expect: 1.0E-300 1.0E-300 1.0 1.0E-300
// expect: 0.1 0.10016675001984403 1.0050041680558035 0.09966799462495582
// expect: 0.5 0.5210953054937474 1.1276259652063807 0.46211715726000974
// expect: 1.0 1.1752011936438014 1.543080634815244 0.7615941559557649
// expect: -1.0 -1.1752011936438014 1.543080634815244 -0.7615941559557649
// expect: 2.5 6.0502044810397875 6.132289479663686 0.9866142981514303
// expect: 10.0 11013.232874703393 11013.232920103324 0.9999999958776927
// expect: -21.9 -1.621881641788824E9 1.621881641788824E9 -1.0
// expect: 22.5 2.9552610315116453E9 2.9552610315116453E9 1.0
// expect: 100.0 1.3440585709080678E43 1.3440585709080678E43 1.0
// expect: 709.0 4.109203730777486E307 4.109203730777486E307 1.0
// expect: 710.0 1.1169973830808557E308 1.1169973830808557E308 1.0
// expect: -711.0 -Infinity Infinity -1.0
// expect: 1.543080634815244
// expect: NaN Infinity 1.0
