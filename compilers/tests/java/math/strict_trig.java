// StrictMath.sin, cos and tan are fdlibm's: small, medium and huge arguments (reduced by the digits of
// 2/pi) give java's last digits.
public class Main {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1e-9, 0.5, 0.7853981633974483, 1.0, Math.PI / 2, 2.0, -3.0, Math.PI, 10.0, 100.0, 1e6, -1e9, 1e22, 1e300};
        for (double x : xs) {
            System.out.println(x + " " + StrictMath.sin(x) + " " + StrictMath.cos(x) + " " + StrictMath.tan(x));
        }
        System.out.println(StrictMath.sin(Double.POSITIVE_INFINITY) + " " + StrictMath.cos(Double.NaN));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.0 0.0 1.0 0.0
// expect: -0.0 -0.0 1.0 -0.0
// expect: 1.0E-9 1.0E-9 1.0 1.0E-9
// expect: 0.5 0.479425538604203 0.8775825618903728 0.5463024898437905
// expect: 0.7853981633974483 0.7071067811865475 0.7071067811865476 0.9999999999999999
// expect: 1.0 0.8414709848078965 0.5403023058681398 1.5574077246549023
// expect: 1.5707963267948966 1.0 6.123233995736766E-17 1.633123935319537E16
// expect: 2.0 0.9092974268256817 -0.4161468365471424 -2.185039863261519
// expect: -3.0 -0.1411200080598672 -0.9899924966004454 0.1425465430742778
// expect: 3.141592653589793 1.2246467991473532E-16 -1.0 -1.2246467991473532E-16
// expect: 10.0 -0.5440211108893698 -0.8390715290764524 0.6483608274590866
// expect: 100.0 -0.5063656411097588 0.8623188722876839 -0.5872139151569291
// expect: 1000000.0 -0.34999350217129294 0.9367521275331447 -0.373624453987599
// expect: -1.0E9 -0.5458434494486996 0.8378871813639024 -0.6514522021451413
// expect: 1.0E22 -0.8522008497671888 0.523214785395139 -1.628778225606899
// expect: 1.0E300 -0.8178819121159085 -0.5753861119575491 1.4214488238747245
// expect: NaN NaN
