import java.util.*;
public class Main {
    static class Node<T> { T val; Node<T> next; Node(T v, Node<T> n) { val = v; next = n; } }
    static class It<T> implements Iterator<T> {
        Node<T> cur;
        It(Node<T> h) { cur = h; }
        public boolean hasNext() { return cur != null; }
        public T next() { T v = cur.val; cur = cur.next; return v; }
    }
    static class MyList<T> implements Iterable<T> {
        Node<T> head; int size;
        void push(T v) { head = new Node<>(v, head); size++; }
        public Iterator<T> iterator() { return new It<>(head); }
    }
    public static void main(String[] args) {
        MyList<String> l = new MyList<>();
        l.push("a"); l.push("b");
        for (String s : l) System.out.println(s);
        int[][] grid = new int[3][4];
        List<int[]> rows = new ArrayList<>();
        rows.add(grid[0]);
        System.out.println(rows.size() + " " + rows.get(0).length);
        Map<String, List<Integer>> idx = new HashMap<>();
        idx.computeIfAbsent("x", k -> new ArrayList<>()).add(3);
        for (Map.Entry<String, List<Integer>> e : idx.entrySet()) System.out.println(e.getKey() + e.getValue());
        Integer a = null;
        System.out.println(a == null ? "none" : "some");
        StringBuilder sb = new StringBuilder();
        for (char c = 'a'; c <= 'e'; c++) sb.append(c);
        System.out.println(sb.reverse());
        long big = 1L << 40;
        Long boxed = big;
        System.out.println(boxed + 1);
        char[] cs = "hello".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs));
        String h = "hello";
        String copy = new String(h);
        System.out.println((copy == h) + " " + copy.equals(h) + " [" + new String() + "]");
    }
}
// expect: b
// expect: a
// expect: 1 4
// expect: x[3]
// expect: none
// expect: edcba
// expect: 1099511627777
// expect: ehllo
// expect: false true []
