// Math.tan as java 17 computes it on x86_64 (HotSpot's intrinsic, not fdlibm): at these arguments
// java's result is not the correctly rounded one, and the last digit shows it; near pi/2 the stub's
// reciprocal takes over, and large arguments are reduced by 2/pi's bits.
public class Main {
    public static void main(String[] args) {
        double[] xs = {-9.374929356318553, 0.048053167791147475, -5.000134748496208, 1.521306804935206,
                       -0.223913470067297, 2.578849059990082, 2.3782183262260794};
        for (double x : xs) {
            System.out.println(x + ": " + Math.tan(x) + " " + StrictMath.tan(x));
        }
        double[] ys = {Math.PI / 2, 1.5707963267948961, -1.5707963267948968, 16384.5, -1e9, 1e300, 3e-10, 1e-30, 4.9e-324};
        for (double y : ys) {
            System.out.println(y + ": " + Math.tan(y));
        }
        System.out.println(Math.tan(Double.NaN) + " " + Math.tan(Double.NEGATIVE_INFINITY) + " " + Math.tan(-0.0));
    }
}
// Expected: java 17's (OpenJDK, x86_64) output for this program, checked by running it.
// expect: -9.374929356318553: 0.04988993485447336 0.04988993485447336
// expect: 0.048053167791147475: 0.04809018861987241 0.048090188619872416
// expect: -5.000134748496208: 3.3788411303481216 3.3788411303481216
// expect: 1.521306804935206: 20.18979826155057 20.18979826155057
// expect: -0.223913470067297: -0.22773220739339772 -0.22773220739339772
// expect: 2.578849059990082: -0.6307781364080801 -0.63077813640808
// expect: 2.3782183262260794: -0.9568947023165918 -0.9568947023165918
// expect: 1.5707963267948966: 1.633123935319537E16
// expect: 1.5707963267948961: 1.978937966095219E15
// expect: -1.5707963267948968: 6.218431163823738E15
// expect: 16384.5: 1.9374173889569242
// expect: -1.0E9: -0.6514522021451413
// expect: 1.0E300: 1.4214488238747245
// expect: 3.0E-10: 3.0E-10
// expect: 1.0E-30: 1.0E-30
// expect: 4.9E-324: 4.9E-324
// expect: NaN NaN -0.0
