// StrictMath.exp, log and log10 are fdlibm's (java's Math.exp, log and log10 are HotSpot's own).
public class Main {
    public static void main(String[] args) {
        double[] xs = {1e-320, 1e-5, 0.5, 1.0, 2.0, Math.E, 10.0, 123.456, 1e10, 1e300};
        for (double x : xs) {
            System.out.println(x + ": " + StrictMath.exp(x / 100) + " " + StrictMath.log(x) + " " + StrictMath.log10(x));
        }
        System.out.println(StrictMath.exp(709.7) + " " + StrictMath.exp(710) + " " + StrictMath.exp(-745) + " " + StrictMath.exp(-746));
        System.out.println(StrictMath.log(0) + " " + StrictMath.log(-1) + " " + StrictMath.log10(1000) + " " + StrictMath.log10(-0.0));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.0E-320: 1.0 -736.8272408909739 -320.000004834948
// expect: 1.0E-5: 1.000000100000005 -11.512925464970229 -5.0
// expect: 0.5: 1.005012520859401 -0.6931471805599453 -0.3010299956639812
// expect: 1.0: 1.010050167084168 0.0 0.0
// expect: 2.0: 1.0202013400267558 0.6931471805599453 0.3010299956639812
// expect: 2.718281828459045: 1.0275556415524936 1.0 0.4342944819032518
// expect: 10.0: 1.1051709180756477 2.302585092994046 1.0
// expect: 123.456: 3.436865966942245 4.815884817283264 2.0915122016277716
// expect: 1.0E10: Infinity 23.025850929940457 10.0
// expect: 1.0E300: Infinity 690.7755278982137 300.0
// expect: 1.6549840276802644E308 Infinity 4.9E-324 0.0
// expect: -Infinity NaN 3.0 -Infinity
