// Formatter's %a: Double.toHexString's form, rounded half to even to a given number of hex digits.
public class Main {
    public static void main(String[] args) {
        double[] xs = {1.0, 0.1, -2.5, 0.0, -0.0, 1e300, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.03125, 1.09375, 1.9999999999999998};
        for (double x : xs) {
            System.out.println(String.format("%a|%.1a|%A|%.3a|%+.13a|%-22a|", x, x, x, x, x, x));
        }
        System.out.printf("%a %A %.2a%n", Double.NaN, Double.NEGATIVE_INFINITY, 0.1f);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0x1.0p0|0x1.0p0|0X1.0P0|0x1.000p0|+0x1.0000000000000p0|0x1.0p0               |
// expect: 0x1.999999999999ap-4|0x1.ap-4|0X1.999999999999AP-4|0x1.99ap-4|+0x1.999999999999ap-4|0x1.999999999999ap-4  |
// expect: -0x1.4p1|-0x1.4p1|-0X1.4P1|-0x1.400p1|-0x1.4000000000000p1|-0x1.4p1              |
// expect: 0x0.0p0|0x0.0p0|0X0.0P0|0x0.000p0|+0x0.0000000000000p0|0x0.0p0               |
// expect: -0x0.0p0|-0x0.0p0|-0X0.0P0|-0x0.000p0|-0x0.0000000000000p0|-0x0.0p0              |
// expect: 0x1.7e43c8800759cp996|0x1.8p996|0X1.7E43C8800759CP996|0x1.7e4p996|+0x1.7e43c8800759cp996|0x1.7e43c8800759cp996 |
// expect: 0x0.0000000000001p-1022|0x1.0p-1074|0X0.0000000000001P-1022|0x1.000p-1074|+0x0.0000000000001p-1022|0x0.0000000000001p-1022|
// expect: 0x1.0p-1022|0x1.0p-1022|0X1.0P-1022|0x1.000p-1022|+0x1.0000000000000p-1022|0x1.0p-1022           |
// expect: 0x1.fffffffffffffp1023|0x1.0p1024|0X1.FFFFFFFFFFFFFP1023|0x1.000p1024|+0x1.fffffffffffffp1023|0x1.fffffffffffffp1023|
// expect: 0x1.08p0|0x1.0p0|0X1.08P0|0x1.080p0|+0x1.0800000000000p0|0x1.08p0              |
// expect: 0x1.18p0|0x1.2p0|0X1.18P0|0x1.180p0|+0x1.1800000000000p0|0x1.18p0              |
// expect: 0x1.fffffffffffffp0|0x1.0p1|0X1.FFFFFFFFFFFFFP0|0x1.000p1|+0x1.fffffffffffffp0|0x1.fffffffffffffp0   |
// expect: NaN -INFINITY 0x1.9ap-4
