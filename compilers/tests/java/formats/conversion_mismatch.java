import java.util.IllegalFormatConversionException;

public class Main {
    public static void main(String[] args) {
        System.out.printf("%x %X %o %08x %-6x| %x%n", 255, 255, 8, 48879, 10, -1);
        System.out.printf("%x %x %x %o%n", -1L, (byte) -1, (short) -2, -1);
        System.out.println(String.format("[%5X] [%-5o] [%x]", 3054, 64, Long.MIN_VALUE));
        try {
            String s = String.format("%x", 1.5f);
            System.out.println(s);
        } catch (IllegalFormatConversionException e) {
            System.out.println(e.getMessage() + " " + (e instanceof IllegalArgumentException));
        }
        try {
            String.format("%c", "text");
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        try {
            System.out.printf("x %s then %d after%n", "s", 2.5);
        } catch (IllegalArgumentException e) {
            System.out.println("| " + e.getMessage());
        }
        System.out.printf("%f %d%n", 2, 3);
    }
}
// expect: ff FF 10 0000beef a     | ffffffff
// expect: ffffffffffffffff ff fffe 37777777777
// expect: [  BEE] [100  ] [8000000000000000]
// expect: x != java.lang.Float true
// expect: java.util.IllegalFormatConversionException: c != java.lang.String
// expect: x s then | d != java.lang.Double
// expect runtime error: trap 4
// expect stderr: at Main.main(conversion_mismatch.java:24)
// expect exit: 1
