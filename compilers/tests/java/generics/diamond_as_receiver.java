import java.util.*;
import java.util.function.*;

public class Main {
    static class Box<T> {
        private final T v;
        Box(T v) { this.v = v; }
        <R> Box<R> map(Function<T, R> f) { return new Box<>(f.apply(v)); }
        T get() { return v; }
    }

    record Pair<A, B>(A first, B second) {}

    public static void main(String[] args) {
        String[] parts = "a b".split(" ");
        System.out.println(new ArrayList<>(Arrays.asList(parts)).get(1).toUpperCase());
        String first = new ArrayDeque<>(List.of("x", "y")).peekFirst();
        Iterator<String> it = new TreeSet<>(Set.of("q", "p")).iterator();
        System.out.println(first + it.next());
        System.out.println(new ArrayList<>(List.of("a", "b")).subList(0, 1) + " " + new ArrayList<>(List.of("abc")).get(0).length());
        int total = new HashMap<>(Map.of("k", 3)).get("k") + 1;
        System.out.println(total);
        // No target type: the constructor's arguments give the type arguments, a primitive its box.
        System.out.println(new Box<>(42).get() + 1);
        var b = new Box<>(21);
        System.out.println(b.map(x -> x * 2).get() + " " + b.map(x -> "s" + x).map(s -> s.length()).get());
        var p = new Pair<>("ab", 'c');
        System.out.println(p.first().length() + p.second() + " " + p);
        var q = new Pair<>(2.5, true);
        System.out.println(q.first() * 2 + " " + !q.second());
    }
}
// expect: B
// expect: xp
// expect: [a] 3
// expect: 4
// expect: 43
// expect: 42 3
// expect: 101 Pair[first=ab, second=c]
// expect: 5.0 false
