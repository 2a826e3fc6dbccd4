// A generic singly linked list of the program's own: Iterable (so for-each works), an iterator with
// remove, index errors as exceptions, reversal, and a generic static method with a bounded type.
import java.util.*;
import java.util.function.*;

public class Main {
    static class MyList<T> implements Iterable<T> {
        private class Node {
            T value;
            Node next;

            Node(T value, Node next) {
                this.value = value;
                this.next = next;
            }
        }

        private Node head;
        private Node tail;
        private int size;

        void addLast(T value) {
            Node n = new Node(value, null);
            if (head == null) {
                head = n;
            } else {
                tail.next = n;
            }
            tail = n;
            size++;
        }

        void addFirst(T value) {
            head = new Node(value, head);
            if (tail == null) {
                tail = head;
            }
            size++;
        }

        T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("index " + index + ", size " + size);
            }
            Node n = head;
            for (int i = 0; i < index; i++) {
                n = n.next;
            }
            return n.value;
        }

        int size() {
            return size;
        }

        void reverse() {
            Node prev = null;
            Node cur = head;
            tail = head;
            while (cur != null) {
                Node next = cur.next;
                cur.next = prev;
                prev = cur;
                cur = next;
            }
            head = prev;
        }

        <R> MyList<R> map(Function<T, R> f) {
            MyList<R> out = new MyList<>();
            for (T x : this) {
                out.addLast(f.apply(x));
            }
            return out;
        }

        @Override
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                private Node next = head;
                private Node prev = null;
                private Node last = null;

                public boolean hasNext() {
                    return next != null;
                }

                public T next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    if (last != null) {
                        prev = last;
                    }
                    last = next;
                    next = next.next;
                    return last.value;
                }

                public void remove() {
                    if (last == null) {
                        throw new IllegalStateException("next() first");
                    }
                    if (prev == null) {
                        head = next;
                    } else {
                        prev.next = next;
                    }
                    if (last == tail) {
                        tail = prev;
                    }
                    last = null;
                    size--;
                }
            };
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner(" -> ", "<", ">");
            for (T x : this) {
                j.add(String.valueOf(x));
            }
            return j.toString();
        }
    }

    static <T extends Comparable<T>> T largest(MyList<T> list) {
        T best = null;
        for (T x : list) {
            if (best == null || x.compareTo(best) > 0) {
                best = x;
            }
        }
        return best;
    }

    public static void main(String[] args) {
        MyList<Integer> nums = new MyList<>();
        for (int i = 1; i <= 6; i++) {
            nums.addLast(i * i);
        }
        nums.addFirst(0);
        System.out.println(nums + " size " + nums.size());
        Iterator<Integer> it = nums.iterator();
        while (it.hasNext()) {
            if (it.next() % 2 == 0) {
                it.remove();
            }
        }
        System.out.println(nums + " size " + nums.size());
        nums.reverse();
        System.out.println(nums + " largest " + largest(nums));
        nums.addLast(100);
        System.out.println(nums + " get(3) " + nums.get(3));
        MyList<String> words = nums.map(n -> "#" + n);
        System.out.println(words + " largest " + largest(words));
        int sum = 0;
        for (int n : nums) {
            sum += n;
        }
        System.out.println("sum " + sum);
        try {
            nums.get(9);
        } catch (IndexOutOfBoundsException e) {
            System.out.println("caught " + e.getMessage());
        }
        MyList<String> empty = new MyList<>();
        System.out.println(empty + " largest " + largest(empty));
        try {
            empty.iterator().remove();
        } catch (IllegalStateException e) {
            System.out.println("caught " + e);
        }
        System.out.println(words.get(words.size()));
    }
}
// expect: <0 -> 1 -> 4 -> 9 -> 16 -> 25 -> 36> size 7
// expect: <1 -> 9 -> 25> size 3
// expect: <25 -> 9 -> 1> largest 25
// expect: <25 -> 9 -> 1 -> 100> get(3) 100
// expect: <#25 -> #9 -> #1 -> #100> largest #9
// expect: sum 135
// expect: caught index 9, size 4
// expect: <> largest null
// expect: caught java.lang.IllegalStateException: next() first
// expect runtime error: trap 4
// expect stderr: at Main.main(generic_linked_list.java:175)
// expect exit: 1
