import java.util.*;

// Iterator's default forEachRemaining: the elements the iterator has not yet given, in turn; a
// program's own Iterator inherits it.
public class Main {
    static class Countdown implements Iterator<Integer> {
        private int n;

        Countdown(int from) {
            n = from;
        }

        public boolean hasNext() {
            return n > 0;
        }

        public Integer next() {
            return n--;
        }
    }

    public static void main(String[] args) {
        List<String> lines = new ArrayList<>(List.of("header", "alpha", "beta", "gamma"));
        Iterator<String> it = lines.iterator();
        System.out.println("skipped " + it.next());
        StringBuilder sb = new StringBuilder();
        it.forEachRemaining(s -> sb.append(s.charAt(0)));
        System.out.println(sb + " " + it.hasNext());
        Countdown c = new Countdown(5);
        c.next();
        List<Integer> rest = new ArrayList<>();
        c.forEachRemaining(rest::add);
        System.out.println(rest);
        Iterator<Map.Entry<String, Integer>> entries = new TreeMap<>(Map.of("x", 1, "y", 2)).entrySet().iterator();
        entries.forEachRemaining(e -> System.out.print(e.getKey() + e.getValue() + " "));
        System.out.println();
        new ArrayDeque<>(List.of(3, 1, 2)).iterator().forEachRemaining(System.out::print);
        System.out.println();
    }
}
// expect: skipped header
// expect: abg false
// expect: [4, 3, 2, 1]
// expect: x1 y2 
// expect: 312
