// Checked against java 17 (`java Main.java`): the expected lines are its output.
import java.util.*;
import java.util.function.*;

public class Main {
    static class Pair<K, V> {
        private final K key;
        private final V value;
        Pair(K key, V value) { this.key = key; this.value = value; }
        K getKey() { return key; }
        V getValue() { return value; }
        public String toString() { return "(" + key + ", " + value + ")"; }
    }
    record Entry(String name, Integer item) {}
    public static void main(String[] args) {
        List<Pair<String, Integer>> ps = new ArrayList<>();
        ps.add(new Pair<>("b", 2));
        ps.add(new Pair<>("a", 3));
        ps.add(new Pair<>("c", 1));
        ps.sort(Comparator.comparing(Pair::getValue));
        System.out.println(ps);
        ps.sort(Comparator.comparing(Pair::getKey));
        System.out.println(ps);
        Collections.sort(ps, Comparator.comparing(Pair::getValue, Comparator.reverseOrder()));
        System.out.println(ps);
        Comparator<Pair<String, Integer>> c = Comparator.comparing(Pair::getValue);
        ps.sort(c.reversed());
        System.out.println(ps);
        ps.sort(Comparator.comparing((Pair<String, Integer> p) -> p.getKey()).reversed());
        System.out.println(ps);
        List<Entry> es = new ArrayList<>(List.of(new Entry("x", 5), new Entry("y", 2)));
        es.sort(Comparator.comparing(Entry::item));
        System.out.println(es);
        es.sort(Comparator.comparing(Entry::name, Comparator.reverseOrder()));
        System.out.println(es);
        Optional<Pair<String, Integer>> best = ps.stream().max(Comparator.comparing(Pair::getValue));
        System.out.println(best.get());
        Function<Pair<String, Integer>, Integer> f = Pair::getValue;
        System.out.println(f.apply(ps.get(0)));
        ps.sort(Comparator.comparingInt(Pair::getValue));
        System.out.println(ps);
        ps.sort(Comparator.comparing((Pair<String, Integer> p) -> p.getKey()).thenComparing(Pair::getValue));
        System.out.println(ps);
    }
}
// expect: [(c, 1), (b, 2), (a, 3)]
// expect: [(a, 3), (b, 2), (c, 1)]
// expect: [(a, 3), (b, 2), (c, 1)]
// expect: [(a, 3), (b, 2), (c, 1)]
// expect: [(c, 1), (b, 2), (a, 3)]
// expect: [Entry[name=y, item=2], Entry[name=x, item=5]]
// expect: [Entry[name=y, item=2], Entry[name=x, item=5]]
// expect: (a, 3)
// expect: 1
// expect: [(c, 1), (b, 2), (a, 3)]
// expect: [(a, 3), (b, 2), (c, 1)]
