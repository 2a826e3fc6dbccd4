// A generic class's array field declared T[] and made as (T[]) new Comparable[n]: read from outside
// through a MinHeap<String> (or returned by its T[] snapshot()), javac casts it to String[], which it is
// not (ClassCastException); passed on as an Object[] (Arrays.toString) or a Comparable[] it is not cast. A subclass of a generic class sees
// its superclass's fields with its type arguments (value * 2 of a Node<Integer>).
import java.util.*;

public class Main {
    static class MinHeap<T extends Comparable<T>> {
        T[] data;
        int size;

        @SuppressWarnings("unchecked")
        MinHeap(int capacity) { data = (T[]) new Comparable[capacity]; }

        void add(T x) {
            int i = size++;
            data[i] = x;
            while (i > 0 && data[(i - 1) / 2].compareTo(data[i]) > 0) {
                T t = data[i]; data[i] = data[(i - 1) / 2]; data[(i - 1) / 2] = t;
                i = (i - 1) / 2;
            }
        }

        T min() { return data[0]; }

        T[] snapshot() { return Arrays.copyOf(data, size); }
    }

    static class Node<T> {
        T value;
        List<T> seen = new ArrayList<>();
        Node(T v) { value = v; seen.add(v); }
    }

    static class Counter extends Node<Integer> {
        Counter(int start) { super(start); }
        void bump() { value = value + 1; seen.add(value); }
        int twice() { return value * 2; }
    }

    public static void main(String[] args) {
        MinHeap<String> heap = new MinHeap<>(4);
        for (String s : "pear fig apple".split(" ")) heap.add(s);
        System.out.println(heap.min() + " " + Arrays.toString(heap.data));
        Comparable[] raw = heap.data;
        System.out.println(raw.length);
        try {
            String first = heap.data[0];
            System.out.println(first);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object[] snap = heap.snapshot();
        System.out.println(snap.length);
        try {
            String[] names = heap.snapshot();
            System.out.println(names.length);
        } catch (ClassCastException e) {
            System.out.println("snapshot: " + e.getMessage().substring(0, 29));
        }
        Counter c = new Counter(20);
        c.bump();
        System.out.println(c.twice() + " " + c.seen);
        for (String s : heap.data) System.out.println(s);
    }
}
// expect: apple [apple, pear, fig, null]
// expect: 4
// expect: class [Ljava.lang.Comparable; cannot be cast to class [Ljava.lang.String; ([Ljava.lang.Comparable; and [Ljava.lang.String; are in module java.base of loader 'bootstrap')
// expect: 3
// expect: snapshot: class [Ljava.lang.Comparable;
// expect: 42 [20, 21]
// expect runtime error: trap 4
// expect stderr: at Main.main(generic_array_fields.java:64)
// expect exit: 1
