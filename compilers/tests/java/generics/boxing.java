import java.util.*;

public class Main {
    static int total(List<Integer> xs) {
        int t = 0;
        for (Integer x : xs) {
            t += x;
        }
        return t;
    }

    static long twice(Long x) {
        return x * 2;
    }

    public static void main(String[] args) {
        Integer a = 127, b = 127;
        Integer c = 128, d = 128;
        System.out.println((a == b) + " " + (c == d) + " " + c.equals(d) + " " + (c == 128));
        Integer m = -128, n = -128, p = -129, q = -129;
        System.out.println((m == n) + " " + (p == q));
        Long big = 5_000_000_000L;
        System.out.println(big + " " + twice(big) + " " + big.hashCode() + " " + Long.valueOf(-1L).hashCode());
        Character ch = 'z';
        char raw = ch;
        System.out.println(ch + " " + (int) raw + " " + ch.hashCode() + " " + Character.valueOf('a').compareTo('c'));
        Boolean yes = true;
        System.out.println(yes + " " + (yes == Boolean.valueOf(true)) + " " + yes.hashCode() + " " + Boolean.valueOf(false).hashCode());
        Object o = 42;
        Object s = "str";
        System.out.println(o + " " + s + " " + (o instanceof Integer) + " " + (s instanceof Integer) + " " + o.equals(42));
        List<Integer> xs = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            xs.add(i * 100);
        }
        System.out.println(total(xs) + " " + xs.get(9) + " " + (xs.get(0) + xs.get(1)));
        int k = xs.get(3);
        long widened = xs.get(4);
        System.out.println(k + " " + widened + " " + (xs.get(2) > 250) + " " + Integer.compare(3, 7));
        System.out.println(Integer.valueOf(77).hashCode() + " " + Integer.valueOf("123") + " " + a.compareTo(c));
        Integer none = null;
        try {
            int bad = none;
            System.out.println(bad);
        } catch (NullPointerException e) {
            System.out.println("unboxing null throws");
        }
    }
}
// expect: true false true true
// expect: true false
// expect: 5000000000 10000000000 705032705 0
// expect: z 122 122 -2
// expect: true true 1231 1237
// expect: 42 str true false true
// expect: 5500 1000 300
// expect: 400 500 true -1
// expect: 77 123 -1
// expect: unboxing null throws
