// Math.log10 as java 17 computes it on x86_64 (HotSpot's intrinsic, not fdlibm): near 1 java's result
// is at times not the correctly rounded one, and the last digit shows it.
public class Main {
    public static void main(String[] args) {
        double[] xs = {1.00000000000001, 0.9999991720795006, 1.000000007148626, 1.0000922674900594,
                       0.9999999999938086, 0.9999966521518379, 1.0000001827789124};
        for (double x : xs) {
            System.out.println(x + ": " + Math.log10(x) + " " + StrictMath.log10(x));
        }
        double[] ys = {1000.0, 1e-300, 2.5e-320, 123456.789, Double.MAX_VALUE, 0.0, -1.0, Double.POSITIVE_INFINITY};
        for (double y : ys) {
            System.out.println(y + ": " + Math.log10(y));
        }
    }
}
// Expected: java 17's (OpenJDK, x86_64) output for this program, checked by running it.
// expect: 1.00000000000001: 4.33947359948977E-15 4.33947359948977E-15
// expect: 0.9999991720795006: -3.5956145317947236E-7 -3.5956145317947236E-7
// expect: 1.000000007148626: 3.1046087763027227E-9 3.1046087763027227E-9
// expect: 1.0000922674900594: 4.006941326819817E-5 4.006941326819817E-5
// expect: 0.9999999999938086: -2.688882491372182E-12 -2.688882491372182E-12
// expect: 0.9999966521518379: -1.453954416877368E-6 -1.4539544168773677E-6
// expect: 1.0000001827789124: 7.937986583073315E-8 7.937986583073316E-8
// expect: 1000.0: 3.0
// expect: 1.0E-300: -300.0
// expect: 2.5E-320: -319.602064826276
// expect: 123456.789: 5.09151497716927
// expect: 1.7976931348623157E308: 308.25471555991675
// expect: 0.0: -Infinity
// expect: -1.0: NaN
// expect: Infinity: Infinity
