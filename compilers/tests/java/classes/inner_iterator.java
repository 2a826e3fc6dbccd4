import java.util.Iterator;
import java.util.NoSuchElementException;

public class Main {
    // A singly linked list whose nodes and iterator are inner classes of the list.
    static class SimpleList<T> implements Iterable<T> {
        private Node head;
        private Node tail;
        private int size;

        private class Node {
            T value;
            Node next;

            Node(T value) {
                this.value = value;
            }
        }

        private class ListIterator implements Iterator<T> {
            private Node current = head;

            public boolean hasNext() {
                return current != null;
            }

            public T next() {
                if (current == null) {
                    throw new NoSuchElementException();
                }
                T v = current.value;
                current = current.next;
                return v;
            }
        }

        void add(T value) {
            Node n = new Node(value);
            if (head == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
            size++;
        }

        int size() {
            return size;
        }

        public Iterator<T> iterator() {
            return new ListIterator();
        }
    }

    private int clicks = 0;

    class Button {
        private final String label;

        Button(String label) {
            this.label = label;
        }

        void press() {
            clicks++;
            System.out.println(label + " pressed; clicks = " + clicks + " " + describe());
        }
    }

    String describe() {
        return "(" + clicks + " so far)";
    }

    void demo() {
        Button ok = new Button("OK");
        Button cancel = this.new Button("Cancel");
        ok.press();
        cancel.press();
        ok.press();
        System.out.println("clicks: " + this.clicks);
    }

    public static void main(String[] args) {
        SimpleList<String> names = new SimpleList<>();
        names.add("ada");
        names.add("grace");
        names.add("barbara");
        for (String n : names) {
            System.out.println(n.toUpperCase());
        }
        System.out.println("size " + names.size());
        Iterator<String> it = names.iterator();
        int total = 0;
        while (it.hasNext()) {
            total += it.next().length();
        }
        System.out.println("letters " + total);
        new Main().demo();
        it.next();
    }
}
// expect: ADA
// expect: GRACE
// expect: BARBARA
// expect: size 3
// expect: letters 15
// expect: OK pressed; clicks = 1 (1 so far)
// expect: Cancel pressed; clicks = 2 (2 so far)
// expect: OK pressed; clicks = 3 (3 so far)
// expect: clicks: 3
// expect runtime error: trap 4
// expect stderr: at Main.main(inner_iterator.java:101)
// expect exit: 1
