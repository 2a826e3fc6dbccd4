// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    interface Stack<T> extends Iterable<T> {
        void push(T t);

        T pop();

        boolean isEmpty();
    }

    static class LinkedStack<T> implements Stack<T> {
        private static class Node<T> {
            final T item;
            final Node<T> next;

            Node(T item, Node<T> next) {
                this.item = item;
                this.next = next;
            }
        }

        private Node<T> top;

        public void push(T t) {
            top = new Node<>(t, top);
        }

        public T pop() {
            if (top == null) throw new EmptyStackException();
            T t = top.item;
            top = top.next;
            return t;
        }

        public boolean isEmpty() {
            return top == null;
        }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node<T> cur = top;

                public boolean hasNext() {
                    return cur != null;
                }

                public T next() {
                    T t = cur.item;
                    cur = cur.next;
                    return t;
                }
            };
        }
    }

    static int evalRpn(String expr) {
        Stack<Integer> st = new LinkedStack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> {
                    int b = st.pop(), a = st.pop();
                    st.push(a - b);
                }
                case "/" -> {
                    int b = st.pop(), a = st.pop();
                    st.push(a / b);
                }
                default -> st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }

    static <K, V extends Comparable<V>> K argMax(Map<K, V> m) {
        K best = null;
        V bestV = null;
        for (Map.Entry<K, V> e : m.entrySet()) {
            if (bestV == null || e.getValue().compareTo(bestV) > 0) {
                best = e.getKey();
                bestV = e.getValue();
            }
        }
        return best;
    }

    static <T, R> List<R> mapAll(List<T> xs, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) out.add(f.apply(x));
        return out;
    }

    static <T> void swap(T[] a, int i, int j) {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static <T extends Comparable<T>> void bubbleSort(T[] a) {
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j + 1 < a.length - i; j++)
                if (a[j].compareTo(a[j + 1]) > 0) swap(a, j, j + 1);
    }

    public static void main(String[] args) {
        System.out.println(evalRpn("3 4 + 2 *") + " " + evalRpn("5 1 2 + 4 * + 3 -") + " " + evalRpn("7 2 /"));
        try {
            evalRpn("1 +");
        } catch (EmptyStackException e) {
            System.out.println("malformed: " + e);
        }
        LinkedStack<String> s = new LinkedStack<>();
        s.push("x");
        s.push("y");
        List<String> items = new ArrayList<>();
        for (String t : s) items.add(t);
        System.out.println(items);
        Map<String, Double> temps = new HashMap<>();
        temps.put("Mon", 12.5);
        temps.put("Tue", 17.25);
        temps.put("Wed", 9.0);
        System.out.println(argMax(temps) + " " + argMax(Map.of("only", 1)));
        System.out.println(mapAll(List.of("a", "bb", "ccc"), String::length) + " " + mapAll(List.of(1, 2, 3), i -> "n" + i));
        Integer[] nums = {5, 2, 9, 1, 7};
        bubbleSort(nums);
        String[] words = {"pear", "apple", "fig"};
        bubbleSort(words);
        System.out.println(Arrays.toString(nums) + " " + Arrays.toString(words));
        Map<Boolean, List<Integer>> parts = new HashMap<>();
        for (int n : new int[] {1, 2, 3, 4, 5, 6}) parts.computeIfAbsent(n % 2 == 0, k -> new ArrayList<>()).add(n);
        System.out.println(parts);
        Optional<String> first = Optional.of("engine").filter(w -> w.startsWith("e")).map(String::toUpperCase);
        Optional<String> none = Optional.empty();
        System.out.println(first.orElse("?") + " " + none.orElse("none") + " " + first.isPresent() + " " + none.map(String::length).orElseGet(() -> -1));
    }
}
// expect: 14 14 3
// expect: malformed: java.util.EmptyStackException
// expect: [y, x]
// expect: Tue only
// expect: [1, 2, 3] [n1, n2, n3]
// expect: [1, 2, 5, 7, 9] [apple, fig, pear]
// expect: {false=[1, 3, 5], true=[2, 4, 6]}
// expect: ENGINE none true -1
