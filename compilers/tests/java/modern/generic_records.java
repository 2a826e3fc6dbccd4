// Generic records; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    record Pair<A, B>(A first, B second) {
        Pair {
            Objects.requireNonNull(first, "first");
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        static <T> Pair<T, T> twin(T t) {
            return new Pair<>(t, t);
        }
    }

    record Box<T extends Comparable<T>>(T value) implements Comparable<Box<T>> {
        public int compareTo(Box<T> o) {
            return value.compareTo(o.value);
        }
    }

    record Entry<K, V>(K key, List<V> values) {
        int count() {
            return values.size();
        }
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("age", 42);
        String k = p.first();
        int v = p.second();
        System.out.println(p + " " + k.length() + " " + (v + 1));
        Pair<String, Double> q = p.withSecond(2.5);
        System.out.println(q + " " + q.second() * 2 + " " + Pair.twin("x"));
        System.out.println(p.equals(new Pair<>("age", 42)) + " " + p.equals(q) + " " + (p.hashCode() == new Pair<>("age", 42).hashCode()) + " " + p.hashCode());
        List<Box<String>> boxes = new ArrayList<>(List.of(new Box<>("pear"), new Box<>("apple"), new Box<>("fig")));
        Collections.sort(boxes);
        System.out.println(boxes + " " + boxes.get(0).value().toUpperCase());
        Map<Pair<Integer, Integer>, String> grid = new HashMap<>();
        grid.put(new Pair<>(1, 2), "a");
        System.out.println(grid.get(new Pair<>(1, 2)) + " " + grid.containsKey(new Pair<>(2, 1)));
        Entry<String, Integer> e = new Entry<>("primes", List.of(2, 3, 5));
        int sum = 0;
        for (int x : e.values()) sum += x;
        System.out.println(e + " " + e.count() + " " + sum);
        List<Pair<String, Integer>> scores = new ArrayList<>(List.of(new Pair<>("b", 2), new Pair<>("a", 3), new Pair<>("c", 1)));
        scores.sort(Comparator.comparing(Pair::second));
        System.out.println(scores);
        Function<Pair<String, Integer>, String> f = Pair::first;
        System.out.println(f.apply(scores.get(0)));
        try {
            new Pair<String, String>(null, "x");
        } catch (NullPointerException ex) {
            System.out.println("NPE: " + ex.getMessage());
        }
    }
}
// expect: Pair[first=age, second=42] 3 43
// expect: Pair[first=age, second=2.5] 5.0 Pair[first=x, second=x]
// expect: true false true 2991883
// expect: [Box[value=apple], Box[value=fig], Box[value=pear]] APPLE
// expect: a false
// expect: Entry[key=primes, values=[2, 3, 5]] 3 10
// expect: [Pair[first=c, second=1], Pair[first=b, second=2], Pair[first=a, second=3]]
// expect: c
// expect: NPE: first
