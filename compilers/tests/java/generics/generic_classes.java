import java.util.*;

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

        <R> Box<R> with(R other) {
            return new Box<>(other);
        }

        public String toString() {
            return "Box(" + value + ")";
        }
    }

    static class Pair<A, B> {
        final A first;
        final B second;

        Pair(A first, B second) {
            this.first = first;
            this.second = second;
        }

        Pair<B, A> swap() {
            return new Pair<>(second, first);
        }

        public String toString() {
            return "(" + first + ", " + second + ")";
        }
    }

    interface Shape {
        int area();
    }

    static class Sq implements Shape, Comparable<Sq> {
        final int side;

        Sq(int side) {
            this.side = side;
        }

        public int area() {
            return side * side;
        }

        public int compareTo(Sq o) {
            return Integer.compare(side, o.side);
        }

        public String toString() {
            return "Sq" + side;
        }
    }

    static <T extends Comparable<T>> T largest(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) {
            if (x.compareTo(best) > 0) {
                best = x;
            }
        }
        return best;
    }

    static <T> void swap(T[] a, int i, int j) {
        T t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    static <K, V> Map<V, K> invert(Map<K, V> m) {
        Map<V, K> out = new HashMap<>();
        for (Map.Entry<K, V> e : m.entrySet()) {
            out.put(e.getValue(), e.getKey());
        }
        return out;
    }

    static int totalArea(List<Shape> shapes) {
        int t = 0;
        for (Shape s : shapes) {
            t += s.area();
        }
        return t;
    }

    public static void main(String[] args) {
        Box<String> b = new Box<>("hello");
        String s = b.get();
        b.set(s + "!");
        Box<Integer> n = b.with(42);
        System.out.println(b + " " + n + " " + (n.get() + 1));
        Pair<String, Integer> p = new Pair<>("x", 1);
        Pair<Integer, String> q = p.swap();
        System.out.println(p + " " + q + " " + (q.first + 10));
        System.out.println(largest(Arrays.asList(new Integer[] {3, 9, 2})) + " " + largest(List.of("pear", "apple", "plum")));
        List<Sq> squares = new ArrayList<>();
        squares.add(new Sq(3));
        squares.add(new Sq(7));
        squares.add(new Sq(5));
        System.out.println(largest(squares));
        String[] words = {"a", "b", "c"};
        swap(words, 0, 2);
        System.out.println(Arrays.toString(words));
        Map<String, Integer> m = new HashMap<>();
        m.put("one", 1);
        m.put("two", 2);
        System.out.println(invert(m));
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Sq(2));
        shapes.add(new Sq(4));
        System.out.println(totalArea(shapes));
    }
}
// expect: Box(hello!) Box(42) 43
// expect: (x, 1) (1, x) 11
// expect: 9 plum
// expect: Sq7
// expect: [c, b, a]
// expect: {1=one, 2=two}
// expect: 20
