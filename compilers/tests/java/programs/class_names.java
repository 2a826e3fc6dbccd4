import java.util.*;
public class Main {
    static class P { int x; P(int x) { this.x = x; }
        @Override public boolean equals(Object o) { if (o == null || getClass() != o.getClass()) return false; return ((P) o).x == x; }
        @Override public int hashCode() { return x; } }
    static class Q extends P { Q(int x) { super(x); } }
    public static void main(String[] args) {
        Runnable r = new Runnable() { public void run() {} };
        class Local {}
        System.out.println(new P(1).equals(new P(1)) + " " + new P(1).equals(new Q(1)));
        System.out.println(new Q(2).getClass().getName() + " " + new Q(2).getClass().getSimpleName());
        System.out.println("[" + r.getClass().getSimpleName() + "] " + r.getClass().getName());
        System.out.println(new Local().getClass().getSimpleName() + " " + new Local().getClass().getName());
        System.out.println(new P(3).getClass());
        Object o = new ArrayList<Integer>();
        System.out.println(o.getClass().getName() + " " + o.getClass().getSimpleName());
        Map<String, Integer> m = new HashMap<>(Map.of("k", 1));
        Object[] library = {Arrays.asList(1, 2), m.entrySet().iterator().next(), Collections.reverseOrder(),
            new AbstractMap.SimpleEntry<>("k", 2), new LinkedHashMap<>(m).entrySet().iterator().next()};
        for (Object x : library) {
            System.out.println(x.getClass().getName() + " " + x.getClass().getSimpleName());
        }
    }
}
// expect: true false
// expect: Main$Q Q
// expect: [] Main$1
// expect: Local Main$1Local
// expect: class Main$P
// expect: java.util.ArrayList ArrayList
// expect: java.util.Arrays$ArrayList ArrayList
// expect: java.util.HashMap$Node Node
// expect: java.util.Collections$ReverseComparator ReverseComparator
// expect: java.util.AbstractMap$SimpleEntry SimpleEntry
// expect: java.util.LinkedHashMap$Entry Entry
