// Checked against java 17 (`java Main.java`): the expected lines are its output.
public class Main {
    enum Color { RED, GREEN { public String toString() { return "green"; } } }
    public static void main(String[] args) {
        char[] cs = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(String.valueOf(cs, 1, 3));
        System.out.println(String.copyValueOf(cs, 0, 2));
        System.out.println(new String(cs, 2, 3));
        System.out.println(Long.toBinaryString(5L) + " " + Long.toBinaryString(-1L));
        System.out.println(Long.toHexString(255L) + " " + Long.toHexString(-2L));
        System.out.println(Long.toOctalString(8L) + " " + Long.toOctalString(-1L));
        System.out.println(Integer.toHexString(-1) + " " + Integer.toOctalString(-8) + " " + Integer.toBinaryString(-3));
        System.out.println(Long.toString(255L, 16) + " " + Integer.toString(-255, 2) + " " + Integer.parseInt("ff", 16) + " " + Long.parseLong("-777", 8));
        System.out.println(Color.RED.getDeclaringClass() + " " + Color.GREEN.getDeclaringClass() + " " + Color.GREEN.getClass());
        System.out.println(Color.GREEN.getDeclaringClass().getSimpleName() + " " + Color.GREEN.getDeclaringClass().getName());
        System.out.println(Color.RED.getDeclaringClass() == Color.GREEN.getDeclaringClass());
        System.out.println(Double.parseDouble("0x1.fffffffffffff8p0") + " " + Double.parseDouble("0x1.00000000000008p0") + " " + Double.parseDouble("0x1.000000000000081p0"));
        System.out.println(Double.parseDouble("0x123456789abcdef123p0") + " " + Double.parseDouble("0x.0000000000000000000001p0"));
        System.out.println(Float.parseFloat("0x1.fffffffffffff8p0") + " " + Float.parseFloat("0x1.000001p0"));
        System.out.println(Float.parseFloat("0x1.000003p0") + " " + Float.parseFloat("0x1.00000300000000000000000000p0"));
        System.out.println(Double.parseDouble("0x1.0000000000000800000000000000000001p0") + " " + Double.parseDouble("0x1.00000000000018p0"));
        System.out.println(Long.toUnsignedString(-1L) + " " + Integer.toUnsignedString(-1) + " " + Long.numberOfTrailingZeros(8L) + " " + Integer.numberOfLeadingZeros(1) + " " + Integer.highestOneBit(100) + " " + Integer.reverse(1) + " " + Long.highestOneBit(100L));
        char[] abc = {'a', 'b', 'c'};
        try { String.valueOf(abc, 1, 10); } catch (RuntimeException e) { System.out.println(e); }
        try { new String(abc, -1, 2); } catch (RuntimeException e) { System.out.println(e); }
        try { String.copyValueOf(abc, 2, -1); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt("zz", 16); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt("", 16); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt("", 10); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt("", 10); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt(""); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt(null, 10); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt("1", 37); } catch (RuntimeException e) { System.out.println(e); }
        try { Long.parseLong("-", 2); } catch (RuntimeException e) { System.out.println(e); }
        try { Integer.parseInt("80000000", 16); } catch (RuntimeException e) { System.out.println(e); }
        System.out.println(Integer.parseInt("-80000000", 16) + " " + Long.parseLong("7fffffffffffffff", 16) + " " + Integer.parseInt("+z", 36) + " " + Long.toString(Long.MIN_VALUE, 7) + " " + Integer.toString(5, 99));
        System.out.println(Character.digit('f', 16) + " " + Character.digit('g', 16) + " " + Character.forDigit(11, 16) + " " + (int) Character.forDigit(11, 10));
        System.out.println(Integer.rotateLeft(0x80000001, 1) + " " + Integer.rotateRight(3, 1) + " " + Long.rotateLeft(-1L, 7) + " " + Long.reverse(1L) + " " + Integer.reverse(0x12345678) + " " + Integer.lowestOneBit(12) + " " + Long.numberOfLeadingZeros(-1L) + " " + Integer.numberOfTrailingZeros(0));
        System.out.println(Long.toUnsignedString(Long.MIN_VALUE) + " " + Long.toUnsignedString(-10L) + " " + Long.sum(3, 4) + " " + Long.max(3, 9) + " " + Long.min(-3L, 9L));
    }
}
// expect: ell
// expect: he
// expect: llo
// expect: 101 1111111111111111111111111111111111111111111111111111111111111111
// expect: ff fffffffffffffffe
// expect: 10 1777777777777777777777
// expect: ffffffff 37777777770 11111111111111111111111111111101
// expect: ff -11111111 255 -511
// expect: class Main$Color class Main$Color class Main$Color$1
// expect: Color Main$Color
// expect: true
// expect: 2.0 1.0 1.0000000000000002
// expect: 3.358127276707303E20 3.2311742677852644E-27
// expect: 2.0 1.0
// expect: 1.0000002 1.0000002
// expect: 1.0000000000000002 1.0000000000000004
// expect: 18446744073709551615 4294967295 3 31 64 -2147483648 64
// expect: java.lang.StringIndexOutOfBoundsException: offset 1, count 10, length 3
// expect: java.lang.StringIndexOutOfBoundsException: offset -1, count 2, length 3
// expect: java.lang.StringIndexOutOfBoundsException: offset 2, count -1, length 3
// expect: java.lang.NumberFormatException: For input string: "zz" under radix 16
// expect: java.lang.NumberFormatException: For input string: "" under radix 16
// expect: java.lang.NumberFormatException: For input string: ""
// expect: java.lang.NumberFormatException: For input string: ""
// expect: java.lang.NumberFormatException: For input string: ""
// expect: java.lang.NumberFormatException: Cannot parse null string
// expect: java.lang.NumberFormatException: radix 37 greater than Character.MAX_RADIX
// expect: java.lang.NumberFormatException: For input string: "-" under radix 2
// expect: java.lang.NumberFormatException: For input string: "80000000" under radix 16
// expect: -2147483648 9223372036854775807 35 -22341010611245052052301 5
// expect: 15 -1 b 0
// expect: 3 -2147483647 -1 -9223372036854775808 510274632 4 0 32
// expect: 9223372036854775808 18446744073709551606 7 9 -3
