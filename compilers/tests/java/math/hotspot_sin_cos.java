// Math.sin and Math.cos as java 17 computes them on x86_64 (HotSpot's intrinsics, not fdlibm): at these
// arguments java's result is not the correctly rounded one, and the last digit shows it; large arguments
// are reduced by 2/pi's bits.
public class Main {
    public static void main(String[] args) {
        double[] xs = {3.579564130349711, -8.765322360415894, 1.0000000000000013, 0.737623139761713, -1.9363565559353866};
        for (double x : xs) {
            System.out.println(x + ": " + Math.sin(x) + " " + StrictMath.sin(x));
        }
        double[] ys = {3.468034344781225, 9.116550533313799, 1.0006275466800139, -7.232956287541348, 3.2925300830220086};
        for (double y : ys) {
            System.out.println(y + ": " + Math.cos(y) + " " + StrictMath.cos(y));
        }
        double[] big = {90112.5, -123456.789, 1e22, 1.7976931348623157E308, 3.141592653589793e15, 6.0e-300, 2.0e-310};
        for (double z : big) {
            System.out.println(z + ": " + Math.sin(z) + " " + Math.cos(z));
        }
        System.out.println(Math.sin(Double.NaN) + " " + Math.cos(Double.POSITIVE_INFINITY) + " " + Math.sin(-0.0) + " " + Math.cos(-0.0));
    }
}
// Expected: java 17's (OpenJDK, x86_64) output for this program, checked by running it.
// expect: 3.579564130349711: -0.4241032801990988 -0.4241032801990988
// expect: -8.765322360415894: -0.6126866896480837 -0.6126866896480838
// expect: 1.0000000000000013: 0.8414709848078973 0.8414709848078973
// expect: 0.737623139761713: 0.6725307720444221 0.672530772044422
// expect: -1.9363565559353866: -0.9339236411881983 -0.9339236411881984
// expect: 3.468034344781225: -0.9471893970770815 -0.9471893970770815
// expect: 9.116550533313799: -0.9528728120439037 -0.9528728120439038
// expect: 1.0006275466800139: 0.539774137190427 0.539774137190427
// expect: -7.232956287541348: 0.5818693623322622 0.5818693623322622
// expect: 3.2925300830220086: -0.9886305557997874 -0.9886305557997874
// expect: 90112.5: -0.809720447503551 0.5868158117285602
// expect: -123456.789: 0.9986640823432246 0.05167253271870138
// expect: 1.0E22: -0.8522008497671888 0.523214785395139
// expect: 1.7976931348623157E308: 0.004961954789184062 -0.9999876894265599
// expect: 3.141592653589793E15: -0.2362090532517409 0.9717022605520254
// expect: 6.0E-300: 6.0E-300 1.0
// expect: 2.0E-310: 2.0E-310 1.0
// expect: NaN NaN -0.0 1.0
