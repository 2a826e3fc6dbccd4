// java.lang's boxes and interfaces, written in the subset and compiled with every program that uses them.
// Boxing calls valueOf, which keeps the values -128..127 (false and true, chars 0..127) in a cache, as
// java.lang.Integer does: `==` on two boxes compares identities, as in Java.

interface Comparable<T> {
    int compareTo(T o);
}

// What try-with-resources closes.
interface AutoCloseable {
    void close() throws Exception;
}

interface Runnable {
    void run();
}

interface Iterable<T> {
    Iterator<T> iterator();

    // java.lang.Iterable's default, which a program's own Iterable inherits: each element in turn.
    default void forEach(Consumer<T> action) {
        Iterator<T> it = iterator();
        while (it.hasNext()) {
            action.accept(it.next());
        }
    }
}

abstract class Number {
    public abstract int intValue();

    public abstract long longValue();

    public abstract double doubleValue();
}

final class Integer extends Number implements Comparable<Integer> {
    private static Integer[] cache;
    private final int value;

    private Integer(int value) {
        this.value = value;
    }

    public static String toBinaryString(int i) {
        return unsigned(i, 1);
    }

    public static String toOctalString(int i) {
        return unsigned(i, 3);
    }

    public static String toHexString(int i) {
        return unsigned(i, 4);
    }

    // The digits of i read as unsigned, shift bits each.
    private static String unsigned(int i, int shift) {
        if (i == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        int mask = (1 << shift) - 1;
        while (i != 0) {
            sb.append("0123456789abcdef".charAt(i & mask));
            i >>>= shift;
        }
        return sb.reverse().toString();
    }

    public static Integer valueOf(int i) {
        if (i < -128 || i > 127) {
            return new Integer(i);
        }
        if (cache == null) {
            cache = new Integer[256];
        }
        Integer c = cache[i + 128];
        if (c == null) {
            c = new Integer(i);
            cache[i + 128] = c;
        }
        return c;
    }

    public static Integer valueOf(String s) {
        return valueOf(Integer.parseInt(s));
    }

    public int intValue() {
        return value;
    }

    public long longValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public boolean equals(Object o) {
        return o instanceof Integer && ((Integer) o).value == value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(int value) {
        return value;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int compareTo(Integer o) {
        return compare(value, o.value);
    }

    public static int compare(int a, int b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int sum(int a, int b) {
        return a + b;
    }

    public static int signum(int a) {
        return a > 0 ? 1 : (a < 0 ? -1 : 0);
    }

    public static int bitCount(int i) {
        return Long.bitCount(i & 0xFFFFFFFFL);
    }

    public static String toString(int i, int radix) {
        return Long.toString(i, radix);
    }

    public static int parseInt(String s, int radix) {
        return (int) Long.parse(s, radix, Integer.MIN_VALUE);
    }

    public static String toUnsignedString(int i) {
        return String.valueOf(i & 0xFFFFFFFFL);
    }

    public static int parseUnsignedInt(String s) {
        return parseUnsignedInt(s, 10);
    }

    // java's: the digits read as a long, which must fit in 32 bits.
    public static int parseUnsignedInt(String s, int radix) {
        if (s != null && s.length() > 0 && s.charAt(0) == '-') {
            throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        }
        long v = Long.parseLong(s, radix);
        if ((v & 0xFFFFFFFF00000000L) != 0) {
            throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        }
        return (int) v;
    }

    public static int numberOfLeadingZeros(int i) {
        return i == 0 ? 32 : Long.numberOfLeadingZeros(i & 0xFFFFFFFFL) - 32;
    }

    public static int numberOfTrailingZeros(int i) {
        return i == 0 ? 32 : Long.numberOfTrailingZeros(i);
    }

    public static int highestOneBit(int i) {
        return i & (Integer.MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static int lowestOneBit(int i) {
        return i & -i;
    }

    public static int reverse(int i) {
        return (int) (Long.reverse(i) >>> 32);
    }

    public static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static int rotateRight(int i, int distance) {
        return (i >>> distance) | (i << -distance);
    }
}

final class Long extends Number implements Comparable<Long> {
    private static Long[] cache;
    private final long value;

    private Long(long value) {
        this.value = value;
    }

    public static Long valueOf(long i) {
        if (i < -128 || i > 127) {
            return new Long(i);
        }
        if (cache == null) {
            cache = new Long[256];
        }
        int k = (int) i + 128;
        Long c = cache[k];
        if (c == null) {
            c = new Long(i);
            cache[k] = c;
        }
        return c;
    }

    public long longValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public int intValue() {
        return (int) value;
    }

    public boolean equals(Object o) {
        return o instanceof Long && ((Long) o).value == value;
    }

    public int hashCode() {
        return (int) (value ^ (value >>> 32));
    }

    public static int hashCode(long value) {
        return (int) (value ^ (value >>> 32));
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int compareTo(Long o) {
        return compare(value, o.value);
    }

    public static int compare(long a, long b) {
        return a < b ? -1 : (a == b ? 0 : 1);
    }

    public static int signum(long a) {
        return a > 0 ? 1 : (a < 0 ? -1 : 0);
    }

    public static int bitCount(long i) {
        int n = 0;
        while (i != 0) {
            i &= i - 1;
            n++;
        }
        return n;
    }

    public static String toBinaryString(long i) {
        return unsigned(i, 1);
    }

    public static String toOctalString(long i) {
        return unsigned(i, 3);
    }

    public static String toHexString(long i) {
        return unsigned(i, 4);
    }

    // The digits of i read as unsigned, shift bits each.
    private static String unsigned(long i, int shift) {
        if (i == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        long mask = (1L << shift) - 1;
        while (i != 0) {
            sb.append("0123456789abcdef".charAt((int) (i & mask)));
            i >>>= shift;
        }
        return sb.reverse().toString();
    }

    public static String toString(long i, int radix) {
        if (radix < 2 || radix > 36) {
            radix = 10;
        }
        if (i == 0) {
            return "0";
        }
        StringBuilder sb = new StringBuilder();
        long n = i < 0 ? i : -i; // negative, so that MIN_VALUE has its digits too
        while (n != 0) {
            sb.append("0123456789abcdefghijklmnopqrstuvwxyz".charAt((int) -(n % radix)));
            n /= radix;
        }
        if (i < 0) {
            sb.append('-');
        }
        return sb.reverse().toString();
    }

    public static String toUnsignedString(long i) {
        if (i >= 0) {
            return String.valueOf(i);
        }
        long q = (i >>> 1) / 5;
        return String.valueOf(q) + (i - q * 10);
    }

    public static long parseLong(String s, int radix) {
        return parse(s, radix, Long.MIN_VALUE);
    }

    // Integer.parseInt's and Long.parseLong's loop (java's): the digits are accumulated negative, against
    // the limit (min, or -max for a positive number), with java's exceptions.
    static long parse(String s, int radix, long min) {
        if (s == null) {
            throw new NumberFormatException("Cannot parse null string");
        }
        if (radix < 2) {
            throw new NumberFormatException("radix " + radix + " less than Character.MIN_RADIX");
        }
        if (radix > 36) {
            throw new NumberFormatException("radix " + radix + " greater than Character.MAX_RADIX");
        }
        int len = s.length();
        if (len == 0) {
            throw badNumber("", radix);
        }
        boolean negative = false;
        int i = 0;
        long limit = min + 1;
        char first = s.charAt(0);
        if (first < '0') {
            if (first == '-') {
                negative = true;
                limit = min;
            } else if (first != '+') {
                throw badNumber(s, radix);
            }
            if (len == 1) {
                throw badNumber(s, radix);
            }
            i++;
        }
        long multmin = limit / radix;
        long result = 0;
        while (i < len) {
            int digit = Character.digit(s.charAt(i++), radix);
            if (digit < 0 || result < multmin) {
                throw badNumber(s, radix);
            }
            result *= radix;
            if (result < limit + digit) {
                throw badNumber(s, radix);
            }
            result -= digit;
        }
        return negative ? result : -result;
    }

    private static NumberFormatException badNumber(String s, int radix) {
        return new NumberFormatException(
            "For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
    }

    public static int numberOfLeadingZeros(long i) {
        if (i == 0) {
            return 64;
        }
        int n = 0;
        while (i > 0) {
            i <<= 1;
            n++;
        }
        return n;
    }

    public static int numberOfTrailingZeros(long i) {
        if (i == 0) {
            return 64;
        }
        int n = 0;
        while ((i & 1) == 0) {
            i >>>= 1;
            n++;
        }
        return n;
    }

    public static long highestOneBit(long i) {
        return i & (Long.MIN_VALUE >>> numberOfLeadingZeros(i));
    }

    public static long lowestOneBit(long i) {
        return i & -i;
    }

    public static long reverse(long i) {
        long r = 0;
        for (int k = 0; k < 64; k++) {
            r = (r << 1) | (i & 1);
            i >>>= 1;
        }
        return r;
    }

    public static long rotateLeft(long i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    public static long rotateRight(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    public static long sum(long a, long b) {
        return a + b;
    }

    public static long max(long a, long b) {
        return a >= b ? a : b;
    }

    public static long min(long a, long b) {
        return a <= b ? a : b;
    }
}

final class Double extends Number implements Comparable<Double> {
    private final double value;

    private Double(double value) {
        this.value = value;
    }

    public static Double valueOf(double d) {
        return new Double(d);
    }

    public static Double valueOf(String s) {
        return new Double(Double.parseDouble(s));
    }

    public double doubleValue() {
        return value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public boolean isNaN() {
        return value != value;
    }

    public boolean isInfinite() {
        return Double.isInfinite(value);
    }

    public boolean equals(Object o) {
        return o instanceof Double
                && Double.doubleToLongBits(((Double) o).value) == Double.doubleToLongBits(value);
    }

    public int hashCode() {
        return Double.hashCode(value);
    }

    public static int hashCode(double d) {
        long bits = Double.doubleToLongBits(d);
        return (int) (bits ^ (bits >>> 32));
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int compareTo(Double o) {
        return Double.compare(value, o.value);
    }

    public static double sum(double a, double b) {
        return a + b;
    }

    public static double max(double a, double b) {
        return Math.max(a, b);
    }

    public static double min(double a, double b) {
        return Math.min(a, b);
    }
}

final class Float extends Number implements Comparable<Float> {
    private final float value;

    private Float(float value) {
        this.value = value;
    }

    public static Float valueOf(float f) {
        return new Float(f);
    }

    public static Float valueOf(String s) {
        return new Float(Float.parseFloat(s));
    }

    public float floatValue() {
        return value;
    }

    public double doubleValue() {
        return value;
    }

    public int intValue() {
        return (int) value;
    }

    public long longValue() {
        return (long) value;
    }

    public boolean isNaN() {
        return value != value;
    }

    public boolean isInfinite() {
        return Float.isInfinite(value);
    }

    public boolean equals(Object o) {
        return o instanceof Float && Float.floatToIntBits(((Float) o).value) == Float.floatToIntBits(value);
    }

    public int hashCode() {
        return Float.floatToIntBits(value);
    }

    public static int hashCode(float f) {
        return Float.floatToIntBits(f);
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int compareTo(Float o) {
        return Float.compare(value, o.value);
    }

    public static float sum(float a, float b) {
        return a + b;
    }

    public static float max(float a, float b) {
        return Math.max(a, b);
    }

    public static float min(float a, float b) {
        return Math.min(a, b);
    }
}

final class Character implements Comparable<Character> {
    // Letters of ASCII, as isLetter here.
    public static boolean isAlphabetic(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    public static int getNumericValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return -1;
    }

    // The value of an ASCII digit or letter in radix, -1 if it is none (java's for these).
    public static int digit(char c, int radix) {
        int v = getNumericValue(c);
        return radix >= 2 && radix <= 36 && v >= 0 && v < radix ? v : -1;
    }

    public static char forDigit(int digit, int radix) {
        if (digit >= radix || digit < 0 || radix < 2 || radix > 36) {
            return '\0';
        }
        return (char) (digit < 10 ? '0' + digit : 'a' - 10 + digit);
    }

    private static Character[] cache;
    private final char value;

    private Character(char value) {
        this.value = value;
    }

    public static Character valueOf(char c) {
        if (c > 127) {
            return new Character(c);
        }
        if (cache == null) {
            cache = new Character[128];
        }
        Character b = cache[c];
        if (b == null) {
            b = new Character(c);
            cache[c] = b;
        }
        return b;
    }

    public char charValue() {
        return value;
    }

    public boolean equals(Object o) {
        return o instanceof Character && ((Character) o).value == value;
    }

    public int hashCode() {
        return value;
    }

    public static int hashCode(char value) {
        return value;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int compareTo(Character o) {
        return value - o.value;
    }

    public static int compare(char a, char b) {
        return a - b;
    }

    public static String toString(char c) {
        return String.valueOf(c);
    }

    public static String toString(int codePoint) {
        return new String(toChars(codePoint));
    }

    // A code point's UTF-16 units: itself, or a surrogate pair beyond U+FFFF (java's message if invalid).
    public static char[] toChars(int codePoint) {
        if (codePoint < 0 || codePoint > 0x10FFFF) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(codePoint).toUpperCase());
        }
        if (codePoint < 0x10000) {
            return new char[] {(char) codePoint};
        }
        int v = codePoint - 0x10000;
        return new char[] {(char) (0xD800 + (v >> 10)), (char) (0xDC00 + (v & 0x3FF))};
    }
}

// Math's exact arithmetic (Math.addExact and the others): java's ArithmeticException on overflow.
final class ExactMath {
    public static int addExact(int a, int b) {
        int r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long addExact(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int subtractExact(int a, int b) {
        int r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw new ArithmeticException("integer overflow");
        }
        return r;
    }

    public static long subtractExact(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }

    public static int multiplyExact(int a, int b) {
        long r = (long) a * (long) b;
        if ((int) r != r) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) r;
    }

    public static long multiplyExact(long a, long b) {
        long r = a * b;
        long ax = Math.abs(a);
        long ay = Math.abs(b);
        if (((ax | ay) >>> 31 != 0)) {
            if (((b != 0) && (r / b != a)) || (a == Long.MIN_VALUE && b == -1)) {
                throw new ArithmeticException("long overflow");
            }
        }
        return r;
    }

    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("integer overflow");
        }
        return -a;
    }

    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("long overflow");
        }
        return -a;
    }

    public static int incrementExact(int a) {
        return addExact(a, 1);
    }

    public static long incrementExact(long a) {
        return addExact(a, 1L);
    }

    public static int decrementExact(int a) {
        return subtractExact(a, 1);
    }

    public static long decrementExact(long a) {
        return subtractExact(a, 1L);
    }

    public static int toIntExact(long value) {
        if ((int) value != value) {
            throw new ArithmeticException("integer overflow");
        }
        return (int) value;
    }

    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        }
        return Math.abs(a);
    }

    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) {
            throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        }
        return Math.abs(a);
    }
}

final class Boolean implements Comparable<Boolean> {
    private static Boolean yes;
    private static Boolean no;
    private final boolean value;

    private Boolean(boolean value) {
        this.value = value;
    }

    public static Boolean valueOf(boolean b) {
        if (yes == null) {
            yes = new Boolean(true);
            no = new Boolean(false);
        }
        return b ? yes : no;
    }

    public boolean booleanValue() {
        return value;
    }

    public boolean equals(Object o) {
        return o instanceof Boolean && ((Boolean) o).value == value;
    }

    public int hashCode() {
        return value ? 1231 : 1237;
    }

    public static int hashCode(boolean value) {
        return value ? 1231 : 1237;
    }

    public String toString() {
        return String.valueOf(value);
    }

    public int compareTo(Boolean o) {
        return value == o.value ? 0 : (value ? 1 : -1);
    }

    public static int compare(boolean a, boolean b) {
        return a == b ? 0 : (a ? 1 : -1);
    }

    // "true" in any case is true; anything else, null too, false.
    public static boolean parseBoolean(String s) {
        return s != null && Strings.equalsIgnoreCase(s, "true");
    }

    public static Boolean valueOf(String s) {
        return valueOf(parseBoolean(s));
    }

    public static String toString(boolean b) {
        return String.valueOf(b);
    }

    public static boolean logicalAnd(boolean a, boolean b) {
        return a && b;
    }

    public static boolean logicalOr(boolean a, boolean b) {
        return a || b;
    }

    public static boolean logicalXor(boolean a, boolean b) {
        return a ^ b;
    }
}

// String.split for the patterns programs use most: a literal separator (no regular-expression
// characters), or runs of whitespace ("\\s+", " +"). As Java's: trailing empty strings are dropped.
// String's methods written in Java: s.replace(a, b) is Strings.replace(s, a, b) (check.py routes a
// String method the checker does not know itself here), and split's pieces.
// String.CASE_INSENSITIVE_ORDER: the checker reads String's field as this class's.
final class StringOrder {
    static final Comparator<String> CASE_INSENSITIVE_ORDER = (a, b) -> Strings.compareToIgnoreCase(a, b);
}

final class Strings {
    static String replace(String s, char from, char to) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            if (cs[i] == from) {
                cs[i] = to;
            }
        }
        return new String(cs);
    }

    static String replace(String s, String target, String replacement) {
        StringBuilder sb = new StringBuilder();
        if (target.length() == 0) {
            for (int i = 0; i < s.length(); i++) {
                sb.append(replacement).append(s.charAt(i));
            }
            return sb.append(replacement).toString();
        }
        int i = 0;
        while (i < s.length()) {
            if (at(s, target, i)) {
                sb.append(replacement);
                i += target.length();
            } else {
                sb.append(s.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    // StringBuilder's methods written in Java, with java's messages.
    static StringBuilder insert(StringBuilder sb, int offset, String s) {
        int n = sb.length();
        if (offset < 0 || offset > n) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + n);
        }
        String tail = sb.toString().substring(offset);
        sb.setLength(offset);
        return sb.append(s).append(tail);
    }

    static StringBuilder insert(StringBuilder sb, int offset, char c) {
        return insert(sb, offset, String.valueOf(c));
    }

    static StringBuilder insert(StringBuilder sb, int offset, int i) {
        return insert(sb, offset, String.valueOf(i));
    }

    static StringBuilder insert(StringBuilder sb, int offset, long i) {
        return insert(sb, offset, String.valueOf(i));
    }

    static StringBuilder insert(StringBuilder sb, int offset, boolean b) {
        return insert(sb, offset, String.valueOf(b));
    }

    static StringBuilder insert(StringBuilder sb, int offset, Object o) {
        return insert(sb, offset, String.valueOf(o));
    }

    static StringBuilder insert(StringBuilder sb, int offset, char[] cs) {
        return insert(sb, offset, new String(cs));
    }

    // append(chars, offset, len) takes len characters from offset; append(s, start, end) those of s
    // from start to end (java's messages when out of range).
    static StringBuilder append(StringBuilder sb, char[] cs, int offset, int len) {
        if (offset < 0 || len < 0 || offset > cs.length - len) {
            throw new IndexOutOfBoundsException("start " + offset + ", end " + (offset + len) + ", length " + cs.length);
        }
        return sb.append(new String(cs, offset, len));
    }

    static StringBuilder append(StringBuilder sb, String s, int start, int end) {
        if (s == null) {
            s = "null";
        }
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        return sb.append(s.substring(start, end));
    }

    static StringBuilder deleteCharAt(StringBuilder sb, int index) {
        int n = sb.length();
        if (index < 0 || index >= n) {
            throw new StringIndexOutOfBoundsException("index " + index + ", length " + n);
        }
        return delete(sb, index, index + 1);
    }

    static StringBuilder delete(StringBuilder sb, int start, int end) {
        int n = sb.length();
        if (end > n) {
            end = n;
        }
        if (start < 0 || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        }
        String tail = sb.toString().substring(end);
        sb.setLength(start);
        return sb.append(tail);
    }

    static StringBuilder replace(StringBuilder sb, int start, int end, String s) {
        int n = sb.length();
        if (start < 0 || start > n || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        }
        String tail = sb.toString().substring(end > n ? n : end);
        sb.setLength(start);
        return sb.append(s).append(tail);
    }

    static int indexOf(StringBuilder sb, String s) {
        return sb.toString().indexOf(s);
    }

    static int indexOf(StringBuilder sb, String s, int from) {
        return sb.toString().indexOf(s, from);
    }

    static int lastIndexOf(StringBuilder sb, String s) {
        return lastIndexOf(sb.toString(), s);
    }

    static int lastIndexOf(StringBuilder sb, String s, int from) {
        return lastIndexOf(sb.toString(), s, from);
    }

    static String substring(StringBuilder sb, int start) {
        return substring(sb, start, sb.length());
    }

    // a builder's message says "start" where a string's says "begin"
    static String substring(StringBuilder sb, int start, int end) {
        int n = sb.length();
        if (start < 0 || start > end || end > n) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        }
        return sb.toString().substring(start, end);
    }

    // %d with the flags + (a sign), space, ',' (groups of three) and '(' (a negative in parentheses), as
    // java.util.Formatter writes it; the width is padded afterwards.
    static String formatInteger(long v, String flags) {
        String digits = String.valueOf(v);
        if (v < 0) {
            digits = digits.substring(1);
        }
        if (flags.indexOf(',') >= 0) {
            StringBuilder sb = new StringBuilder();
            int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
            sb.append(digits.substring(0, first));
            for (int i = first; i < digits.length(); i += 3) {
                sb.append(',').append(digits.substring(i, i + 3));
            }
            digits = sb.toString();
        }
        if (v < 0) {
            return flags.indexOf('(') >= 0 ? "(" + digits + ")" : "-" + digits;
        }
        if (flags.indexOf('+') >= 0) {
            return "+" + digits;
        }
        return flags.indexOf(' ') >= 0 ? " " + digits : digits;
    }

    // String.valueOf(chars, offset, count), String.copyValueOf and new String(chars, offset, count).
    static String valueOf(char[] cs, int offset, int count) {
        if (offset < 0 || count < 0 || offset > cs.length - count) {
            throw new StringIndexOutOfBoundsException(
                "offset " + offset + ", count " + count + ", length " + cs.length);
        }
        char[] part = new char[count];
        for (int i = 0; i < count; i++) {
            part[i] = cs[offset + i];
        }
        return new String(part);
    }

    static String copyValueOf(char[] cs, int offset, int count) {
        return valueOf(cs, offset, count);
    }

    static String copyValueOf(char[] cs) {
        return new String(cs);
    }

    static String concat(String s, String other) {
        if (other == null) { // java's String.concat(str) asks str.isEmpty() first
            throw new NullPointerException("Cannot invoke \"String.isEmpty()\" because \"str\" is null");
        }
        return other.isEmpty() ? s : s + other;
    }

    static String repeat(String s, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(s);
        }
        return sb.toString();
    }

    static int lastIndexOf(String s, int c) {
        return lastIndexOf(s, c, s.length() - 1);
    }

    // java's lastIndexOf(ch, from) and lastIndexOf(str, from): a start past the end counts as the end
    static int lastIndexOf(String s, int c, int from) {
        for (int i = Math.min(from, s.length() - 1); i >= 0; i--) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(String s, String t) {
        return lastIndexOf(s, t, s.length());
    }

    static int lastIndexOf(String s, String t, int from) {
        for (int i = Math.min(from, s.length() - t.length()); i >= 0; i--) {
            if (t.length() == 0 || at(s, t, i)) {
                return i;
            }
        }
        return -1;
    }

    static int compareToIgnoreCase(String s, String t) {
        int n = Math.min(s.length(), t.length());
        for (int i = 0; i < n; i++) {
            char a = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
            char b = Character.toLowerCase(Character.toUpperCase(t.charAt(i)));
            if (a != b) {
                return a - b;
            }
        }
        return s.length() - t.length();
    }

    static boolean equalsIgnoreCase(String s, String t) {
        return t != null && s.length() == t.length() && compareToIgnoreCase(s, t) == 0;
    }

    // isBlank and the strips go by Character.isWhitespace, as java's do (trim goes by c <= ' ').
    // startsWith(prefix, offset): false for an offset outside the string, as java's.
    static boolean startsWith(String s, String prefix, int offset) {
        if (offset < 0 || offset > s.length() - prefix.length()) {
            return false;
        }
        return s.substring(offset, offset + prefix.length()).equals(prefix);
    }

    static boolean isBlank(String s) {
        return stripStart(s) == s.length();
    }

    static String strip(String s) {
        int start = stripStart(s);
        return s.substring(start, Math.max(start, stripEnd(s)));
    }

    static String stripLeading(String s) {
        return s.substring(stripStart(s));
    }

    static String stripTrailing(String s) {
        return s.substring(0, stripEnd(s));
    }

    private static int stripStart(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int stripEnd(String s) {
        int j = s.length();
        while (j > 0 && Character.isWhitespace(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    static String join(String sep, String... items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(sep);
            }
            sb.append(items[i]);
        }
        return sb.toString();
    }

    static String join(String sep, Iterable<String> items) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (String x : items) {
            if (!first) {
                sb.append(sep);
            }
            first = false;
            sb.append(x);
        }
        return sb.toString();
    }

    // java 11's lines(): the text between line terminators (\n, \r, \r\n); an empty last line is none.
    // Counted first, so that the array is made to size: Arrays.copyOf would link util.java's Arrays, and
    // with it the collections, into every program whose strings need this class.
    static Stream<String> lines(String s) {
        String[] found = new String[lineCount(s)];
        int count = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                found[count++] = s.substring(start, i);
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            found[count] = s.substring(start);
        }
        return Stream.ofArray(found);
    }

    private static int lineCount(String s) {
        int count = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                count++;
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return start < s.length() ? count + 1 : count;
    }

    static IntStream chars(String s) {
        int[] cs = new int[s.length()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = s.charAt(i);
        }
        return IntStream.ofArray(cs);
    }

    private static boolean blank(char c, boolean spacesOnly) {
        return c == ' ' || (!spacesOnly && Character.isWhitespace(c));
    }

    private static boolean at(String s, String sep, int i) {
        if (sep.length() == 0 || s.length() - i < sep.length()) {
            return false;
        }
        for (int k = 0; k < sep.length(); k++) {
            if (s.charAt(i + k) != sep.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    static String[] split(String s, String sep, boolean blanks) {
        boolean spacesOnly = sep.equals(" +");
        String[] parts = new String[s.length() + 1];
        int n = 0;
        int start = 0;
        int i = 0;
        boolean matched = false;
        while (i < s.length()) {
            int next = -1;
            if (blanks && blank(s.charAt(i), spacesOnly)) {
                next = i;
                while (next < s.length() && blank(s.charAt(next), spacesOnly)) {
                    next++;
                }
            } else if (!blanks && at(s, sep, i)) {
                next = i + sep.length();
            }
            if (next < 0) {
                i++;
                continue;
            }
            matched = true;
            parts[n] = s.substring(start, i);
            n++;
            start = next;
            i = next;
        }
        if (!matched) {
            String[] whole = {s};
            return whole;
        }
        parts[n] = s.substring(start);
        n++;
        while (n > 0 && parts[n - 1].isEmpty()) {
            n--;
        }
        String[] out = new String[n];
        for (int k = 0; k < n; k++) {
            out[k] = parts[k];
        }
        return out;
    }
}

// Throwable's suppressed exceptions (addSuppressed, getSuppressed; try-with-resources adds an exception
// of close() to the one leaving its block), in its field suppressedExceptions.
final class Suppressions {
    static void add(Throwable e, Throwable x) {
        if (x == e) {
            throw new IllegalArgumentException("Self-suppression not permitted");
        }
        if (x == null) {
            throw new NullPointerException("Cannot suppress a null exception.");
        }
        Throwable[] old = e.suppressedExceptions;
        int n = old == null ? 0 : old.length;
        Throwable[] out = new Throwable[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = old[i];
        }
        out[n] = x;
        e.suppressedExceptions = out;
    }

    static Throwable[] get(Throwable e) {
        Throwable[] held = e.suppressedExceptions;
        return held == null ? new Throwable[0] : held.clone();
    }
}

// java's "cannot happen" error: new AssertionError(detail) takes any value as its message.
class AssertionError extends Error {
    public AssertionError() {
    }

    public AssertionError(Object detail) {
        super(String.valueOf(detail));
    }
}

// Throwable's printStackTrace(), as java's writes it to System.err: the exception's toString() and its
// frames, then each suppressed exception and the chain of causes (printEnclosedStackTrace: the frames a
// trace has in common with the one enclosing it as "... N more", one met before as a circular
// reference). The checker allows it in main, where the frames below the catching method are the seven
// of java's source launcher. A trace here ends at the method that caught the exception (Throwable's
// $frames()); a cause's or a suppressed exception's frames below that are those of the trace enclosing it.
final class StackTraces {
    static final String[] LAUNCHER = {
        "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
        "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:77)",
        "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
        "java.base/java.lang.reflect.Method.invoke(Method.java:569)",
        "jdk.compiler/com.sun.tools.javac.launcher.Main.execute(Main.java:419)",
        "jdk.compiler/com.sun.tools.javac.launcher.Main.run(Main.java:192)",
        "jdk.compiler/com.sun.tools.javac.launcher.Main.main(Main.java:132)",
    };

    static void print(Throwable e) {
        StringBuilder out = new StringBuilder();
        Throwable[][] seen = {new Throwable[] {e}};
        String[] trace = join(e.$frames(), LAUNCHER, 0);
        out.append(e.toString()).append('\n');
        for (String frame : trace) {
            out.append("\tat ").append(frame).append('\n');
        }
        for (Throwable s : Suppressions.get(e)) {
            enclosed(out, s, trace, "Suppressed: ", "\t", seen);
        }
        if (e.getCause() != null) {
            enclosed(out, e.getCause(), trace, "Caused by: ", "", seen);
        }
        System.err.print(out.toString());
    }

    private static void enclosed(
            StringBuilder out, Throwable x, String[] enclosing, String caption, String prefix, Throwable[][] seen) {
        for (Throwable t : seen[0]) {
            if (t == x) {
                out.append(prefix).append(caption).append("[CIRCULAR REFERENCE: ").append(x.toString()).append("]\n");
                return;
            }
        }
        Throwable[] more = new Throwable[seen[0].length + 1];
        for (int i = 0; i < seen[0].length; i++) {
            more[i] = seen[0][i];
        }
        more[seen[0].length] = x;
        seen[0] = more;
        String[] trace = full(x, enclosing);
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int inCommon = trace.length - 1 - m;
        out.append(prefix).append(caption).append(x.toString()).append('\n');
        for (int i = 0; i <= m; i++) {
            out.append(prefix).append("\tat ").append(trace[i]).append('\n');
        }
        if (inCommon != 0) {
            out.append(prefix).append("\t... ").append(inCommon).append(" more\n");
        }
        for (Throwable s : Suppressions.get(x)) {
            enclosed(out, s, trace, "Suppressed: ", prefix + "\t", seen);
        }
        if (x.getCause() != null) {
            enclosed(out, x.getCause(), trace, "Caused by: ", prefix, seen);
        }
    }

    // x's frames, then those of the enclosing trace below its frame of the method that caught x (all
    // of them when it has none); a never thrown x has the enclosing trace's.
    private static String[] full(Throwable x, String[] enclosing) {
        String[] own = x.$frames();
        if (own.length == 0) {
            return enclosing;
        }
        String last = method(own[own.length - 1]);
        for (int i = 0; i < enclosing.length; i++) {
            if (method(enclosing[i]).equals(last)) {
                return join(own, enclosing, i + 1);
            }
        }
        return join(own, enclosing, 0);
    }

    private static String method(String frame) {
        int colon = frame.length() - 1;
        while (colon >= 0 && frame.charAt(colon) != ':') {
            colon--;
        }
        return colon < 0 ? frame : frame.substring(0, colon);
    }

    private static String[] join(String[] a, String[] b, int from) {
        String[] out = new String[a.length + b.length - from];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i];
        }
        for (int i = from; i < b.length; i++) {
            out[a.length + i - from] = b[i];
        }
        return out;
    }
}

// java.lang.CharSequence, which String and StringBuilder implement: cs.m(args) is CharSequences.m(cs, args)
// (check.py), compiled only with a program naming CharSequence. Each method does what the class of the
// value does (a builder's subSequence says "start", a string's "begin").
final class CharSequences {
    static int length(CharSequence cs) {
        if (cs instanceof String s) {
            return s.length();
        }
        return ((StringBuilder) cs).length();
    }

    static char charAt(CharSequence cs, int index) {
        if (cs instanceof String s) {
            return s.charAt(index);
        }
        return ((StringBuilder) cs).charAt(index);
    }

    static boolean isEmpty(CharSequence cs) {
        return length(cs) == 0;
    }

    static CharSequence subSequence(CharSequence cs, int start, int end) {
        if (cs instanceof String s) {
            return s.substring(start, end);
        }
        String t = cs.toString();
        if (start < 0 || end > t.length() || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + t.length());
        }
        return t.substring(start, end);
    }

    static IntStream chars(CharSequence cs) {
        return Strings.chars(cs.toString());
    }

    static int compare(CharSequence a, CharSequence b) {
        return a.toString().compareTo(b.toString());
    }

    static boolean contains(String s, CharSequence cs) {
        if (cs == null) {
            throw new NullPointerException("Cannot invoke \"java.lang.CharSequence.toString()\" because \"s\" is null");
        }
        return s.contains(cs.toString());
    }

    static StringBuilder append(StringBuilder sb, CharSequence cs, int start, int end) {
        return Strings.append(sb, cs == null ? null : cs.toString(), start, end);
    }

    static String join(CharSequence sep, CharSequence... items) {
        StringBuilder sb = joining(sep);
        for (int i = 0; i < items.length; i++) {
            add(sb, sep, i, items[i]);
        }
        return sb.toString();
    }

    static String join(CharSequence sep, Iterable<? extends CharSequence> items) {
        StringBuilder sb = joining(sep);
        int i = 0;
        for (CharSequence x : items) {
            add(sb, sep, i++, x);
        }
        return sb.toString();
    }

    private static StringBuilder joining(CharSequence sep) {
        if (sep == null) {
            throw new NullPointerException(
                "Cannot invoke \"java.lang.CharSequence.toString()\" because \"delimiter\" is null");
        }
        return new StringBuilder();
    }

    private static void add(StringBuilder sb, CharSequence sep, int i, CharSequence x) {
        if (i > 0) {
            sb.append(sep);
        }
        sb.append(x);
    }
}
