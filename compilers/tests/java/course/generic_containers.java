// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    static class Box<T> {
        private T value;

        Box(T value) {
            this.value = value;
        }

        T get() {
            return value;
        }

        void set(T value) {
            this.value = value;
        }

        <R> Box<R> map(Function<? super T, ? extends R> f) {
            return new Box<>(f.apply(value));
        }

        boolean isPresent() {
            return value != null;
        }

        @Override
        public String toString() {
            return "Box[" + value + "]";
        }
    }

    static class Pair<A, B> {
        final A first;
        final B second;

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

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        static <X extends Comparable<X>> Pair<X, X> ordered(X a, X b) {
            return a.compareTo(b) <= 0 ? new Pair<>(a, b) : new Pair<>(b, a);
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Pair)) {
                return false;
            }
            Pair<?, ?> p = (Pair<?, ?>) o;
            return Objects.equals(first, p.first) && Objects.equals(second, p.second);
        }

        @Override
        public int hashCode() {
            return Objects.hash(first, second);
        }

        @Override
        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    static class ArrayStack<E> implements Iterable<E> {
        private Object[] items = new Object[2];
        private int size;

        void push(E e) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = e;
        }

        @SuppressWarnings("unchecked")
        E pop() {
            if (size == 0) {
                throw new RuntimeException("stack underflow");
            }
            E e = (E) items[--size];
            items[size] = null;
            return e;
        }

        @SuppressWarnings("unchecked")
        E peek() {
            return size == 0 ? null : (E) items[size - 1];
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        public Iterator<E> iterator() {
            return new Iterator<E>() {
                private int i = size - 1;

                public boolean hasNext() {
                    return i >= 0;
                }

                @SuppressWarnings("unchecked")
                public E next() {
                    return (E) items[i--];
                }
            };
        }
    }

    static <T extends Comparable<? super T>> T maxOf(List<? extends T> xs) {
        T best = xs.get(0);
        for (T x : xs) {
            if (x.compareTo(best) > 0) {
                best = x;
            }
        }
        return best;
    }

    static double sumAll(Collection<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) {
            s += n.doubleValue();
        }
        return s;
    }

    static void fill(List<? super Integer> out, int n) {
        for (int i = 1; i <= n; i++) {
            out.add(i * i);
        }
    }

    public static void main(String[] args) {
        Box<String> name = new Box<>("babbage");
        Box<Integer> len = name.map(String::length);
        System.out.println(name + " " + len + " " + name.map(s -> s.toUpperCase()).get());
        Box<Object> empty = new Box<>(null);
        System.out.println(empty.isPresent() + " " + empty);
        Pair<String, Integer> p = new Pair<>("one", 1);
        System.out.println(p + " " + p.swap() + " " + p.equals(new Pair<>("one", 1)) + " " + (p.hashCode() == new Pair<>("one", 1).hashCode()));
        System.out.println(Pair.ordered("pear", "apple") + " " + Pair.ordered(3, 2));
        Map<Pair<Integer, Integer>, String> grid = new HashMap<>();
        grid.put(new Pair<>(0, 0), "origin");
        grid.put(new Pair<>(1, 2), "point");
        System.out.println(grid.get(new Pair<>(1, 2)) + " " + grid.containsKey(new Pair<>(2, 1)));
        ArrayStack<String> stack = new ArrayStack<>();
        for (String w : "to be or not to be".split(" ")) {
            stack.push(w);
        }
        StringBuilder sb = new StringBuilder();
        for (String w : stack) {
            sb.append(w).append(',');
        }
        System.out.println(sb + " size " + stack.size() + " peek " + stack.peek());
        while (!stack.isEmpty()) {
            System.out.print(stack.pop() + (stack.isEmpty() ? "\n" : " "));
        }
        try {
            stack.pop();
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
        }
        List<Integer> ints = new ArrayList<>();
        fill(ints, 5);
        List<Number> nums = new ArrayList<>();
        fill(nums, 3);
        nums.add(2.5);
        System.out.println(ints + " " + maxOf(ints) + " " + sumAll(ints) + " " + sumAll(nums));
        System.out.println(maxOf(Arrays.asList("kiwi", "fig", "mango")));
        List<Pair<String, Integer>> scores = new ArrayList<>(List.of(new Pair<>("b", 2), new Pair<>("a", 2), new Pair<>("c", 1)));
        scores.sort(Comparator.comparing(Pair<String, Integer>::getSecond).thenComparing(Pair::getFirst));
        System.out.println(scores);
        BiFunction<Integer, Integer, Pair<Integer, Integer>> mk = Pair::new;
        Supplier<ArrayStack<Double>> fresh = ArrayStack::new;
        ArrayStack<Double> ds = fresh.get();
        ds.push(1.5);
        System.out.println(mk.apply(4, 5) + " " + ds.peek());
    }
}
// expect: Box[babbage] Box[7] BABBAGE
// expect: false Box[null]
// expect: (one, 1) (1, one) true true
// expect: (apple, pear) (2, 3)
// expect: point false
// expect: be,to,not,or,be,to, size 6 peek be
// expect: be to not or be to
// expect: caught stack underflow
// expect: [1, 4, 9, 16, 25] 25 55.0 16.5
// expect: mango
// expect: [(c, 1), (a, 2), (b, 2)]
// expect: (4, 5) 1.5
