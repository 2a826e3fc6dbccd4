// %a of powers of two, tenths and their negatives, with and without a precision.
public class Main {
    public static void main(String[] args) {
        for (int k = -3; k <= 3; k++) {
            double x = Math.pow(2, k) + k / 10.0;
            System.out.println(String.format("%a %.2a %A %+a", x, x, -x, x));
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: -0x1.6666666666666p-3 -0x1.66p-3 0X1.6666666666666P-3 -0x1.6666666666666p-3
// expect: 0x1.9999999999998p-5 0x1.9ap-5 -0X1.9999999999998P-5 +0x1.9999999999998p-5
// expect: 0x1.999999999999ap-2 0x1.9ap-2 -0X1.999999999999AP-2 +0x1.999999999999ap-2
// expect: 0x1.0p0 0x1.00p0 -0X1.0P0 +0x1.0p0
// expect: 0x1.0cccccccccccdp1 0x1.0dp1 -0X1.0CCCCCCCCCCCDP1 +0x1.0cccccccccccdp1
// expect: 0x1.0cccccccccccdp2 0x1.0dp2 -0X1.0CCCCCCCCCCCDP2 +0x1.0cccccccccccdp2
// expect: 0x1.099999999999ap3 0x1.0ap3 -0X1.099999999999AP3 +0x1.099999999999ap3
