import java.util.*;

public class Main {
    static int sum(int... xs) {
        int total = 0;
        for (int x : xs) total += x;
        return total;
    }

    static String describe(String label, Object... values) {
        return label + " " + values.length + " " + Arrays.toString(values);
    }

    static void show(int a) { System.out.println("fixed int " + a); }
    static void show(int... a) { System.out.println("varargs " + a.length); }
    static void show(long a, long b) { System.out.println("two longs " + (a + b)); }

    static void pick(Integer a) { System.out.println("boxed " + a); }
    static void pick(int... a) { System.out.println("spread " + a.length); }

    @SafeVarargs
    static <T> List<T> listOf(T... items) {
        List<T> out = new ArrayList<>();
        for (T t : items) out.add(t);
        return out;
    }

    static double average(double first, double... rest) {
        double s = first;
        for (double d : rest) s += d;
        return s / (1 + rest.length);
    }

    static class Path {
        private final String[] parts;
        Path(String... parts) { this.parts = parts; }
        public String toString() { return String.join("/", parts); }
    }

    public static void main(String[] args) {
        System.out.println(sum());
        System.out.println(sum(5));
        System.out.println(sum(1, 2, 3, 4));
        System.out.println(sum(new int[] {10, 20}));
        System.out.println(describe("none"));
        System.out.println(describe("three", 1, "two", 3.0));
        System.out.println(describe("chars", 'a', true));
        show(1);
        show(1, 2);
        show(1, 2, 3);
        show();
        pick(7);
        pick(7, 8);
        List<String> words = listOf("x", "y", "z");
        System.out.println(words + " " + words.size());
        System.out.println(listOf(1, 2).get(1) + 1);
        System.out.println(average(2.0) + " " + average(1, 2, 3, 4));
        System.out.println(new Path("usr", "local", "bin"));
        System.out.println(new Path());
    }
}
// expect: 0
// expect: 5
// expect: 10
// expect: 30
// expect: none 0 []
// expect: three 3 [1, two, 3.0]
// expect: chars 2 [a, true]
// expect: fixed int 1
// expect: two longs 3
// expect: varargs 3
// expect: varargs 0
// expect: boxed 7
// expect: spread 2
// expect: [x, y, z] 3
// expect: 3
// expect: 2.0 2.5
// expect: usr/local/bin
// expect: 
