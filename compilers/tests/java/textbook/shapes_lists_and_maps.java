import java.util.*;

public class Main {
    interface Shape extends Comparable<Shape> {
        double area();
        default String describe() { return String.format("%s with area %.3f", name(), area()); }
        String name();
        default int compareTo(Shape o) { return Double.compare(area(), o.area()); }
    }

    record Circle(double r) implements Shape {
        public double area() { return Math.PI * r * r; }
        public String name() { return "circle"; }
    }

    record Rect(double w, double h) implements Shape {
        public double area() { return w * h; }
        public String name() { return w == h ? "square" : "rectangle"; }
    }

    static class Node<T> {
        T value;
        Node<T> next;
        Node(T value, Node<T> next) { this.value = value; this.next = next; }
    }

    static class MyList<T> {
        private Node<T> head;
        private int size;

        void addFirst(T v) { head = new Node<>(v, head); size++; }

        void addLast(T v) {
            Node<T> n = new Node<>(v, null);
            if (head == null) head = n;
            else {
                Node<T> cur = head;
                while (cur.next != null) cur = cur.next;
                cur.next = n;
            }
            size++;
        }

        void reverse() {
            Node<T> prev = null, cur = head;
            while (cur != null) {
                Node<T> next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            head = prev;
        }

        T get(int i) {
            if (i < 0 || i >= size) throw new IndexOutOfBoundsException("Index: " + i + ", Size: " + size);
            Node<T> cur = head;
            while (i-- > 0) cur = cur.next;
            return cur.value;
        }

        @Override
        public String toString() {
            StringBuilder j = new StringBuilder("<");
            for (Node<T> n = head; n != null; n = n.next) j.append(n == head ? "" : " -> ").append(n.value);
            return j.append(">").toString();
        }
    }

    static void hanoi(int n, char from, char to, char via, List<String> moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, moves);
        moves.add(n + ":" + from + to);
        hanoi(n - 1, via, to, from, moves);
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>(List.of(new Circle(1), new Rect(2, 3), new Rect(2, 2), new Circle(0.5)));
        Collections.sort(shapes);
        for (Shape s : shapes) System.out.println(s.describe() + " " + s);
        Map<String, Integer> stock = new HashMap<>();
        String[] items = {"apple", "pear", "apple", "fig", "pear", "apple", "kiwi"};
        for (String it : items) stock.merge(it, 1, Integer::sum);
        System.out.println(stock);
        stock.put("fig", stock.get("fig") + 10);
        stock.remove("kiwi");
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(stock.entrySet());
        entries.sort((a, b) -> b.getValue() - a.getValue());
        System.out.println(entries);
        MyList<Integer> list = new MyList<>();
        for (int i = 1; i <= 5; i++) {
            if (i % 2 == 0) list.addFirst(i); else list.addLast(i);
        }
        System.out.println(list + " " + list.get(2));
        list.reverse();
        System.out.println(list);
        List<String> moves = new ArrayList<>();
        hanoi(3, 'A', 'C', 'B', moves);
        System.out.println(moves.size() + " " + moves);
        int[] data = {5, 3, 9, 1, 7};
        int[] sorted = Arrays.copyOf(data, data.length);
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(data) + " " + Arrays.toString(sorted) + " " + Arrays.binarySearch(sorted, 7));
        long big = 1L << 40;
        System.out.println(big + " " + Long.MAX_VALUE / big + " " + Integer.toHexString(-1) + " " + (char) ('a' + 2));
        System.out.println(list.get(7));
    }
}
// expect: circle with area 0.785 Circle[r=0.5]
// expect: circle with area 3.142 Circle[r=1.0]
// expect: square with area 4.000 Rect[w=2.0, h=2.0]
// expect: rectangle with area 6.000 Rect[w=2.0, h=3.0]
// expect: {apple=3, kiwi=1, pear=2, fig=1}
// expect: [fig=11, apple=3, pear=2]
// expect: <4 -> 2 -> 1 -> 3 -> 5> 1
// expect: <5 -> 3 -> 1 -> 2 -> 4>
// expect: 7 [1:AC, 2:AB, 1:CB, 3:AC, 1:BA, 2:BC, 1:AC]
// expect: [5, 3, 9, 1, 7] [1, 3, 5, 7, 9] 3
// expect: 1099511627776 8388607 ffffffff c
// expect runtime error: trap 4
// expect stderr: at Main.main(shapes_lists_and_maps.java:106)
// expect exit: 1
