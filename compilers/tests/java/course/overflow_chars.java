// A course-style program; the expected lines are java 17's output (`java Main.java`).
public class Main {
    static int factorialInt(int n) {
        int r = 1;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    static long factorialLong(int n) {
        long r = 1;
        for (int i = 2; i <= n; i++) r *= i;
        return r;
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        System.out.println(max + 1);
        System.out.println(Integer.MIN_VALUE - 1);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + (-Integer.MIN_VALUE));
        System.out.println(factorialInt(13) + " " + factorialLong(13) + " " + factorialLong(21));
        long l = max;
        l++;
        System.out.println(l + " " + (int) l + " " + (short) 40000 + " " + (byte) 200 + " " + (char) 65601);
        System.out.println(1_000_000 * 3000 + " " + 1_000_000L * 3000);
        System.out.println((0.1 + 0.2) + " " + (0.1f + 0.2f) + " " + (float) 0.1 + " " + 1.0 / 3 + " " + 10 / 3 + " " + 10 % -3 + " " + -10 % 3);
        System.out.println(Integer.MAX_VALUE * 2 + " " + (Long.MAX_VALUE + 1) + " " + (5 / 2.0) + " " + (int) 3.99 + " " + (int) -3.99 + " " + Math.round(-2.5) + " " + Math.round(2.5));
        try {
            System.out.println(Math.addExact(max, 1));
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            System.out.println(Math.multiplyExact(1L << 62, 2L));
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        System.out.println(Math.toIntExact(42L));
        char c = 'x';
        for (int i = 0; i < 5; i++) {
            System.out.print(c++);
        }
        System.out.println();
        char z = 'z';
        z += 1;
        System.out.println((int) z + " " + z + " " + (char) ('a' + 25) + " " + ('a' < 'b') + " " + Character.getNumericValue('7') + " " + ('7' - '0') + " " + (char) 97);
        int hash = 0;
        for (char ch : "overflow".toCharArray()) {
            hash = 31 * hash + ch;
        }
        System.out.println(hash + " " + "overflow".hashCode() + " " + (hash == "overflow".hashCode()));
        byte b = 127;
        b++;
        short s = Short.MAX_VALUE;
        s += 2;
        System.out.println(b + " " + s + " " + (b >>> 4) + " " + (b >> 4) + " " + (-1 >>> 28) + " " + (1 << 33) + " " + (1L << 33));
        int bits = 0b1011_0110;
        System.out.println(bits + " " + Integer.toBinaryString(bits ^ 0xFF) + " " + (bits & 0x0F) + " " + (bits | 1) + " " + (~bits) + " " + 0x7f + " " + 017);
        String digits = "";
        for (char d = '0'; d <= '9'; d += 3) digits += d;
        System.out.println(digits + " " + (char) (digits.charAt(1) + 1));
    }
}
// expect: -2147483648
// expect: 2147483647
// expect: -2147483648 -2147483648
// expect: 1932053504 6227020800 -4249290049419214848
// expect: 2147483648 -2147483648 -25536 -56 A
// expect: -1294967296 3000000000
// expect: 0.30000000000000004 0.3 0.1 0.3333333333333333 3 1 -1
// expect: -2 -9223372036854775808 2.5 3 -3 -2 3
// expect: addExact: integer overflow
// expect: multiplyExact: long overflow
// expect: 42
// expect: xyz{|
// expect: 123 { z true 7 7 a
// expect: 529642498 529642498 true
// expect: -128 -32767 268435448 -8 15 2 8589934592
// expect: 182 1001001 6 183 -183 127 15
// expect: 0369 4
