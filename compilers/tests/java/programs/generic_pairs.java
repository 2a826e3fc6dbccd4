import java.util.*;
import java.util.function.*;

public class Main {
    static class Pair<A, B> {
        private final A first;
        private final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        A getFirst() {
            return first;
        }

        B getSecond() {
            return second;
        }

        <C> Pair<A, C> withSecond(C c) {
            return new Pair<>(first, c);
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        @Override
        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    static class Box<T extends Comparable<T>> {
        private final List<T> items = new ArrayList<>();

        void put(T item) {
            items.add(item);
        }

        T largest() {
            if (items.isEmpty()) {
                throw new NoSuchElementException("empty box");
            }
            T best = items.get(0);
            for (T t : items) {
                if (t.compareTo(best) > 0) {
                    best = t;
                }
            }
            return best;
        }
    }

    static <T> List<T> repeat(T value, int times) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.add(value);
        }
        return out;
    }

    static <T, R> List<R> mapAll(List<T> in, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T t : in) {
            out.add(f.apply(t));
        }
        return out;
    }

    static int sumAll(Collection<? extends Number> nums) {
        int total = 0;
        for (Number n : nums) {
            total += n.intValue();
        }
        return total;
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("age", 42);
        System.out.println(p + " " + p.swap() + " " + p.withSecond(true));
        System.out.println(p.getFirst().length() + p.getSecond());
        Box<String> box = new Box<>();
        box.put("kiwi");
        box.put("apple");
        box.put("mango");
        System.out.println(box.largest());
        System.out.println(repeat("ab", 3) + " " + repeat(7, 2));
        System.out.println(mapAll(List.of("a", "bb", "ccc"), String::length));
        System.out.println(mapAll(List.of(1, 2, 3), x -> x * x));
        BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
        Supplier<List<String>> fresh = ArrayList::new;
        List<String> made = fresh.get();
        made.add("x");
        System.out.println(add.apply(2, 3) + " " + made);
        UnaryOperator<String> shout = s -> s.toUpperCase() + "!";
        System.out.println(shout.apply("hey"));
        Predicate<Integer> even = n -> n % 2 == 0;
        System.out.println(even.test(4) + " " + even.negate().test(4));
        System.out.println(sumAll(List.of(1, 2, 3)));
        new Box<Integer>().largest();
    }
}
// expect: (age, 42) (42, age) (age, true)
// expect: 45
// expect: mango
// expect: [ab, ab, ab] [7, 7]
// expect: [1, 2, 3]
// expect: [1, 4, 9]
// expect: 5 [x]
// expect: HEY!
// expect: true false
// expect: 6
// expect runtime error: trap 4
// expect stderr: at Main.main(generic_pairs.java:103)
// expect exit: 1
