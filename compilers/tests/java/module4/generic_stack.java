import java.util.*;
import java.util.function.*;

public class Main {
    static class Stack<T> implements Iterable<T> {
        private Object[] items = new Object[2];
        private int size;
        void push(T x) {
            if (size == items.length) items = Arrays.copyOf(items, size * 2);
            items[size++] = x;
        }
        @SuppressWarnings("unchecked")
        T pop() {
            if (size == 0) throw new RuntimeException("stack underflow");
            T x = (T) items[--size];
            items[size] = null;
            return x;
        }
        @SuppressWarnings("unchecked")
        T peek() { return size == 0 ? null : (T) items[size - 1]; }
        boolean isEmpty() { return size == 0; }
        int size() { return size; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int i = size - 1;
                public boolean hasNext() { return i >= 0; }
                @SuppressWarnings("unchecked")
                public T next() { return (T) items[i--]; }
            };
        }
        <R> Stack<R> map(Function<? super T, ? extends R> f) {
            Stack<R> out = new Stack<>();
            for (int i = 0; i < size; i++) {
                @SuppressWarnings("unchecked") T t = (T) items[i];
                out.push(f.apply(t));
            }
            return out;
        }
        @Override public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < size; i++) { if (i > 0) sb.append(", "); sb.append(items[i]); }
            return sb.append("]").toString();
        }
    }

    static class Pair<A, B> {
        final A first; final B second;
        Pair(A a, B b) { first = a; second = b; }
        A getFirst() { return first; }
        B getSecond() { return second; }
        Pair<B, A> swap() { return new Pair<>(second, first); }
        public String toString() { return "(" + first + ", " + second + ")"; }
    }

    static <T extends Comparable<T>> T maxOf(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    static <N extends Number> double sum(Collection<N> xs) {
        double s = 0;
        for (N n : xs) s += n.doubleValue();
        return s;
    }

    static int evalRpn(String expr) {
        Stack<Integer> st = new Stack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> { int b = st.pop(), a = st.pop(); st.push(a - b); }
                case "/" -> { int b = st.pop(), a = st.pop(); st.push(a / b); }
                default -> st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }

    public static void main(String[] args) {
        Stack<String> s = new Stack<>();
        for (String w : "to be or not to be".split(" ")) s.push(w);
        System.out.println(s + " size " + s.size() + " peek " + s.peek());
        for (String w : s) System.out.print(w + " ");
        System.out.println();
        Stack<Integer> lens = s.map(String::length);
        System.out.println(lens);
        while (!s.isEmpty()) System.out.print(s.pop() + (s.isEmpty() ? "\n" : ","));
        System.out.println(s.peek());
        Pair<String, Integer> p = new Pair<>("age", 42);
        System.out.println(p + " -> " + p.swap() + " " + p.getFirst().length() + " " + (p.getSecond() + 1));
        System.out.println(maxOf(Arrays.asList(3, 9, 2, 7)) + " " + maxOf(List.of("pear", "apple", "zucchini", "fig")));
        System.out.println(sum(List.of(1, 2, 3)) + " " + sum(Set.of(2.5)) + " " + sum(new ArrayList<Long>(List.of(10L, 20L))));
        System.out.println(evalRpn("3 4 + 2 *") + " " + evalRpn("100 7 / 3 -"));
        try {
            evalRpn("1 +");
        } catch (RuntimeException e) {
            System.out.println("caught: " + e.getMessage());
        }
        List<Pair<String, Double>> prices = new ArrayList<>();
        prices.add(new Pair<>("tea", 2.5));
        prices.add(new Pair<>("cake", 3.75));
        prices.add(new Pair<>("bun", 1.2));
        prices.sort(Comparator.comparing(Pair::getSecond));
        System.out.println(prices);
        evalRpn("5 0 /");
    }
}
// expect: [to, be, or, not, to, be] size 6 peek be
// expect: be to not or be to 
// expect: [2, 2, 2, 3, 2, 2]
// expect: be,to,not,or,be,to
// expect: null
// expect: (age, 42) -> (42, age) 3 43
// expect: 9 zucchini
// expect: 6.0 2.5 30.0
// expect: 14 11
// expect: caught: stack underflow
// expect: [(bun, 1.2), (tea, 2.5), (cake, 3.75)]
// expect runtime error: trap 4
// expect stderr: at Main.main(generic_stack.java:107)
// expect exit: 1
