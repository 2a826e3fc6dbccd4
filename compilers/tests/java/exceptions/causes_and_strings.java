import java.util.*;

public class Main {
    static class ValidationException extends RuntimeException {
        ValidationException(String msg, Throwable cause) { super(msg, cause); }
    }
    static class Pair<K extends Comparable<K>, V> implements Comparable<Pair<K, V>> {
        private final K key; private final V value;
        Pair(K key, V value) { this.key = key; this.value = value; }
        K getKey() { return key; }
        V getValue() { return value; }
        public int compareTo(Pair<K, V> o) { return key.compareTo(o.key); }
        @Override public String toString() { return "<" + key + "," + value + ">"; }
        static <A extends Comparable<A>, B> Pair<A, B> of(A a, B b) { return new Pair<>(a, b); }
    }
    static int parsePositive(String s) {
        try {
            int v = Integer.parseInt(s.trim());
            if (v <= 0) throw new IllegalArgumentException("not positive: " + v);
            return v;
        } catch (NumberFormatException e) {
            throw new ValidationException("bad number '" + s + "'", e);
        }
    }
    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + (c - 'A' + k) % 26));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + (c - 'a' + k + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }
    static boolean isAnagram(String a, String b) {
        char[] x = a.replace(" ", "").toLowerCase().toCharArray();
        char[] y = b.replace(" ", "").toLowerCase().toCharArray();
        Arrays.sort(x); Arrays.sort(y);
        return Arrays.equals(x, y);
    }
    static String compress(String s) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) j++;
            sb.append(c);
            if (j - i > 1) sb.append(j - i);
            i = j;
        }
        return sb.toString();
    }
    public static void main(String[] args) {
        for (String s : new String[] {"42", " 7 ", "-3", "abc"}) {
            try {
                System.out.println("ok " + parsePositive(s));
            } catch (ValidationException e) {
                System.out.println(e.getMessage() + " caused by " + e.getCause());
                System.out.println(e.getCause().getMessage() + " " + (e.getCause() instanceof NumberFormatException));
            } catch (IllegalArgumentException e) {
                System.out.println("illegal: " + e.getMessage());
            }
        }
        List<Pair<String, Integer>> ps = new ArrayList<>();
        ps.add(Pair.of("pear", 3)); ps.add(Pair.of("apple", 7)); ps.add(new Pair<>("fig", 1));
        Collections.sort(ps);
        System.out.println(ps + " " + ps.get(0).getValue() * 2 + " " + Collections.max(ps).getKey());
        ps.sort(Comparator.comparing(p -> p.getValue()));
        System.out.println(ps);
        System.out.println(caesar("Hello, World!", 3) + " " + caesar(caesar("Hello, World!", 3), -3));
        System.out.println(isAnagram("Dormitory", "Dirty room") + " " + isAnagram("abc", "abd"));
        System.out.println(compress("aaabccddddde") + " " + "  padded  ".strip() + "|" + "x".repeat(3) + "|" + "Ab".equalsIgnoreCase("aB"));
        String csv = "name,age,city\nAnn,30,Oslo\nBob,25,Rome";
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",");
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(",");
            StringBuilder row = new StringBuilder();
            for (int j = 0; j < f.length; j++) row.append(header[j]).append('=').append(f[j]).append(j < f.length - 1 ? "; " : "");
            System.out.println(row);
        }
        Integer a = 127, b = 127, c = 1000, d = 1000;
        System.out.println((a == b) + " " + c.equals(d) + " " + (c.intValue() == d));
        long big = 1L << 40;
        System.out.println(big + " " + (int) big + " " + (big >>> 35) + " " + Integer.toHexString(-1) + " " + (5 & 3) + (5 | 3) + (5 ^ 3));
        outer:
        for (int i = 2; i < 30; i++) {
            for (int j = 2; j * j <= i; j++) if (i % j == 0) continue outer;
            System.out.print(i + " ");
        }
        System.out.println();
        String day = "TUE";
        switch (day) {
            case "MON": case "TUE": System.out.println("early week"); break;
            case "WED": System.out.println("midweek"); break;
            default: System.out.println("late");
        }
        int n = 0;
        do { n += 3; } while (n < 10);
        System.out.println(n + " " + Objects.equals(null, null) + " " + Objects.requireNonNullElse(null, "dflt") + " " + Math.floorMod(-7, 3) + " " + Math.abs(-2.5) + " " + Math.round(2.5) + " " + Math.round(-2.5));
        Object[] things = {1, "two", 3.0, 'c', null, new int[0]};
        for (Object t : things) {
            String kind = t instanceof Integer ? "int" : t instanceof String ? "str" : t instanceof Double ? "dbl" : t == null ? "null" : t instanceof Character ? "chr" : "other";
            System.out.print(kind + " ");
        }
        System.out.println();
        RuntimeException wrapped = new RuntimeException(new IllegalStateException("root"));
        System.out.println(wrapped.getMessage() + " | " + wrapped.getCause().getMessage() + " | " + new Exception((Throwable) null).getMessage());
        Exception plain = new Exception("plain");
        System.out.println(plain.getCause() + " " + (plain.initCause(wrapped) == plain) + " " + plain.getCause().getCause());
    }
}
// expect: ok 42
// expect: ok 7
// expect: illegal: not positive: -3
// expect: bad number 'abc' caused by java.lang.NumberFormatException: For input string: "abc"
// expect: For input string: "abc" true
// expect: [<apple,7>, <fig,1>, <pear,3>] 14 pear
// expect: [<fig,1>, <pear,3>, <apple,7>]
// expect: Khoor, Zruog! Hello, World!
// expect: true false
// expect: a3bc2d5e padded|xxx|true
// expect: name=Ann; age=30; city=Oslo
// expect: name=Bob; age=25; city=Rome
// expect: true true true
// expect: 1099511627776 0 32 ffffffff 176
// expect: 2 3 5 7 11 13 17 19 23 29 
// expect: early week
// expect: 12 true dflt 2 2.5 3 -2
// expect: int str dbl chr null other 
// expect: java.lang.IllegalStateException: root | root | null
// expect: null true java.lang.IllegalStateException: root
// max-steps: 40000000
