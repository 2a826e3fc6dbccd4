// The Float class: its constants, parsing, bits and tests.
public class Main {
    public static void main(String[] args) {
        System.out.println(Float.MAX_VALUE + " " + Float.MIN_VALUE + " " + Float.MIN_NORMAL);
        System.out.println(Float.POSITIVE_INFINITY + " " + Float.NEGATIVE_INFINITY + " " + Float.NaN);
        System.out.println(Float.parseFloat("3.14") + " " + Float.parseFloat("  -1e3 ") + " " + Float.parseFloat("1e39"));
        System.out.println(Float.floatToIntBits(1f) + " " + Float.floatToIntBits(-2.5f) + " " + Float.floatToIntBits(Float.NaN));
        System.out.println(Float.intBitsToFloat(1078530011) + " " + Float.intBitsToFloat(1) + " " + Float.intBitsToFloat(-8388608));
        System.out.println(Float.isNaN(0f / 0) + " " + Float.isInfinite(1e38f * 10) + " " + Float.isFinite(1e38f));
        System.out.println(Float.sum(1.5f, 2.25f) + " " + Float.max(-0.0f, 0.0f) + " " + Float.min(1f, Float.NaN));
        System.out.println(Float.hashCode(1.5f) + " " + Float.toString(7f));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3.4028235E38 1.4E-45 1.17549435E-38
// expect: Infinity -Infinity NaN
// expect: 3.14 -1000.0 Infinity
// expect: 1065353216 -1071644672 2143289344
// expect: 3.1415927 1.4E-45 -Infinity
// expect: true true true
// expect: 3.75 0.0 NaN
// expect: 1069547520 7.0
