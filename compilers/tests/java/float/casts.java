// Casts between float and the other numeric types (JLS 5.1): float to int saturates, NaN to 0.
public class Main {
    public static void main(String[] args) {
        float f = 3.99f;
        System.out.println((int) f + " " + (long) -f + " " + (short) 70000.5f + " " + (byte) 200.7f + " " + (int) (char) 65.9f);
        System.out.println((int) 1e20f + " " + (int) -1e20f + " " + (long) 1e30f + " " + (int) Float.NaN + " " + (long) Float.NEGATIVE_INFINITY);
        double d = 0.1;
        float g = (float) d;
        System.out.println(g + " " + (double) g + " " + (float) 1e40 + " " + (float) 1e-50 + " " + (float) -1e-50);
        int big = 16777217;
        float h = big;
        long l = Long.MAX_VALUE;
        float k = l;
        System.out.println(h + " " + k + " " + (float) 123456789 + " " + (float) 'A');
        System.out.println((float) 0.1 == 0.1f);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3 -3 4464 -56 65
// expect: 2147483647 -2147483648 9223372036854775807 0 -9223372036854775808
// expect: 0.1 0.10000000149011612 Infinity 0.0 -0.0
// expect: 1.6777216E7 9.223372E18 1.23456792E8 65.0
// expect: true
