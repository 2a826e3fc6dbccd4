public class Main {
    static String bin8(int x) { return String.format("%8s", Integer.toBinaryString(x & 0xFF)).replace(' ', '0'); }

    public static void main(String[] args) {
        int big = Integer.MAX_VALUE;
        System.out.println(big + 1);
        System.out.println(Integer.MIN_VALUE - 1);
        System.out.println(big * 2 + " " + (long) big * 2 + " " + Math.abs(Integer.MIN_VALUE) + " " + -Integer.MIN_VALUE);
        long lb = Long.MAX_VALUE;
        System.out.println(lb + 1 + " " + (lb + 1 == Long.MIN_VALUE));
        int f = 1;
        for (int i = 1; i <= 15; i++) { f *= i; if (i >= 12) System.out.print(i + "!=" + f + " "); }
        System.out.println();
        byte b = (byte) 200; short s = (short) 70000; char c = (char) 65601;
        System.out.println(b + " " + s + " " + (int) c + " " + c + " " + (byte) -129 + " " + (int) 3.99 + " " + (int) -3.99 + " " + (long) 1e19 + " " + (int) Double.NaN);
        b += 100;
        System.out.println(b);
        System.out.println((5 & 3) + " " + (5 | 3) + " " + (5 ^ 3) + " " + (~5) + " " + (1 << 10) + " " + (-16 >> 2) + " " + (-16 >>> 28) + " " + (1 << 33) + " " + (1L << 33));
        System.out.println(bin8(0b1011_0110) + " " + bin8(0b1011_0110 >> 2) + " " + bin8(~0b1011_0110));
        System.out.println(Integer.toBinaryString(42) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(64) + " " + Long.toHexString(255L << 40) + " " + Integer.toString(255, 16) + " " + Integer.toString(-255, 2));
        System.out.println(Integer.parseInt("-123") + Integer.parseInt("ff", 16) + " " + Integer.valueOf(77) + " " + Integer.parseInt("+15") + " " + Long.parseLong("9000000000"));
        System.out.println(Integer.bitCount(255) + " " + Integer.highestOneBit(100) + " " + Integer.lowestOneBit(100) + " " + Integer.numberOfTrailingZeros(64) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.reverse(1) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.signum(-9));
        System.out.println(Integer.compare(3, 7) + " " + Integer.max(3, 7) + " " + Integer.min(-3, 7) + " " + Integer.sum(3, 7) + " " + Long.compare(5, 5) + " " + Character.compare('a', 'b'));
        Integer x1 = 127, x2 = 127, y1 = 1000, y2 = 1000;
        System.out.println((x1 == x2) + " " + y1.equals(y2) + " " + x1.compareTo(y1) + " " + y1.hashCode() + " " + Long.valueOf(1L << 40).hashCode() + " " + Double.compare(0.0, -0.0));
        char ch = 'a';
        ch += 2;
        ch++;
        System.out.println(ch + " " + (ch + 1) + " " + (char) (ch + 1) + " " + ('z' - 'a') + " " + (int) 'A' + " " + Character.getNumericValue('7') + " " + Character.forDigit(11, 16) + " " + Character.digit('f', 16));
        System.out.println(Character.isDigit('5') + " " + Character.isLetter('$') + " " + Character.toUpperCase('q') + " " + Character.isWhitespace('\t') + " " + Character.toChars(97)[0] + " " + Character.toString(98) + " " + Character.valueOf('c'));
        StringBuilder alpha = new StringBuilder();
        for (char k = 'A'; k <= 'Z'; k += 5) alpha.append(k).append((char) (k + 32));
        System.out.println(alpha);
        System.out.println(Math.abs(-7.5) + " " + Math.pow(2, 10) + " " + Math.sqrt(144) + " " + Math.cbrt(27) + " " + Math.max(3, 9L) + " " + Math.min(2.5f, 1) + " " + Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f));
        System.out.println(Math.floor(-1.1) + " " + Math.ceil(-1.1) + " " + Math.rint(2.5) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.hypot(5, 12) + " " + Math.signum(-3.0));
        System.out.printf("%.4f %.4f %.4f %.4f %.6f%n", Math.sin(Math.PI / 6), Math.cos(0), Math.log(Math.E), Math.log10(1000), Math.toDegrees(Math.PI / 3));
        System.out.println(7 / 2 + " " + 7 / 2.0 + " " + 7 % 3 + " " + 7.5 % 2 + " " + 1.0 / 0 + " " + -1.0 / 0 + " " + 0.0 / 0 + " " + 0.1 + 0.2 + " " + (0.1 + 0.2) + " " + (float) 0.1 + " " + 1e20 + " " + 100.0 + " " + 1e-5);
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE + " " + Double.parseDouble("3.25") + " " + Double.isNaN(0.0 / 0) + " " + Double.valueOf("1e3"));
        long seed = 42;
        for (int i = 0; i < 3; i++) { seed = (seed * 6364136223846793005L + 1442695040888963407L); System.out.print((seed >>> 33) + " "); }
        System.out.println();
        int h = 0;
        for (char k : "overflowing hash".toCharArray()) h = 31 * h + k;
        System.out.println(h + " " + "overflowing hash".hashCode() + " " + (h == "overflowing hash".hashCode()));
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE + " " + (short) (Short.MAX_VALUE + 1) + " " + Byte.MIN_VALUE + " " + (Long.MIN_VALUE / -1) + " " + Math.multiplyExact(3, 4));
        try { Math.addExact(big, 1); } catch (ArithmeticException e) { System.out.println(e.getMessage()); }
        try { Integer.parseInt("12a"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        int mask = 0;
        for (int bit : new int[]{0, 3, 5}) mask |= 1 << bit;
        System.out.println(mask + " " + ((mask & (1 << 3)) != 0) + " " + ((mask >> 1) & 1) + " " + Integer.toBinaryString(mask ^ 0xFF));
    }
}
// expect: -2147483648
// expect: 2147483647
// expect: -2 4294967294 -2147483648 -2147483648
// expect: -9223372036854775808 true
// expect: 12!=479001600 13!=1932053504 14!=1278945280 15!=2004310016 
// expect: -56 4464 65 A 127 3 -3 9223372036854775807 0
// expect: 44
// expect: 1 7 6 -6 1024 -4 15 2 8589934592
// expect: 10110110 00101101 01001001
// expect: 101010 ffffffff 100 ff0000000000 ff -11111111
// expect: 132 77 15 9000000000
// expect: 8 64 4 6 31 -2147483648 3 -1
// expect: -1 7 -3 10 0 -1
// expect: true true -1 1000 256 1
// expect: d 101 e 25 65 7 b 15
// expect: true false Q true a b c
// expect: AaFfKkPpUuZz
// expect: 7.5 1024.0 12.0 3.0 9 1.0 3 -2 2
// expect: -2.0 -1.0 2.0 -4 1 -3 -1 13.0 -1.0
// expect: 0.5000 1.0000 1.0000 3.0000 60.000000
// expect: 3 3.5 1 1.5 Infinity -Infinity NaN 0.10.2 0.30000000000000004 0.1 1.0E20 100.0 1.0E-5
// expect: 1.7976931348623157E308 4.9E-324 3.4028235E38 3.25 true 1000.0
// expect: 1220265334 484179026 886563538 
// expect: 1294354574 1294354574 true
// expect: -2 -32768 -128 -9223372036854775808 12
// expect: integer overflow
// expect: For input string: "12a"
// expect: 41 true 0 11010110
