// A course-style program (two nested classes named Node); the expected lines are java 17's output (`java Main.java`).
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

public class Main {
    static class MyLinkedList<T> implements Iterable<T> {
        private class Node {
            T value;
            Node next;

            Node(T value) {
                this.value = value;
            }
        }

        private Node head;
        private Node tail;
        private int size;

        void addFirst(T v) {
            Node n = new Node(v);
            n.next = head;
            head = n;
            if (tail == null) {
                tail = n;
            }
            size++;
        }

        void addLast(T v) {
            Node n = new Node(v);
            if (tail == null) {
                head = tail = n;
            } else {
                tail.next = n;
                tail = n;
            }
            size++;
        }

        T removeFirst() {
            if (head == null) {
                throw new NoSuchElementException("list is empty");
            }
            T v = head.value;
            head = head.next;
            if (head == null) {
                tail = null;
            }
            size--;
            return v;
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

        T get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
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

        @Override
        public Iterator<T> iterator() {
            return new Iterator<>() {
                private Node cur = head;

                @Override
                public boolean hasNext() {
                    return cur != null;
                }

                @Override
                public T next() {
                    if (cur == null) {
                        throw new NoSuchElementException();
                    }
                    T v = cur.value;
                    cur = cur.next;
                    return v;
                }
            };
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (Node n = head; n != null; n = n.next) {
                sb.append(n.value);
                if (n.next != null) {
                    sb.append(" -> ");
                }
            }
            return sb.append("]").toString();
        }
    }

    static class BST<K extends Comparable<K>, V> {
        private static class Node<K, V> {
            final K key;
            V value;
            Node<K, V> left, right;

            Node(K key, V value) {
                this.key = key;
                this.value = value;
            }
        }

        private Node<K, V> root;
        private int size;

        void put(K key, V value) {
            root = put(root, key, value);
        }

        private Node<K, V> put(Node<K, V> n, K key, V value) {
            if (n == null) {
                size++;
                return new Node<>(key, value);
            }
            int c = key.compareTo(n.key);
            if (c < 0) {
                n.left = put(n.left, key, value);
            } else if (c > 0) {
                n.right = put(n.right, key, value);
            } else {
                n.value = value;
            }
            return n;
        }

        V get(K key) {
            Node<K, V> n = root;
            while (n != null) {
                int c = key.compareTo(n.key);
                if (c == 0) {
                    return n.value;
                }
                n = c < 0 ? n.left : n.right;
            }
            return null;
        }

        int height() {
            return height(root);
        }

        private int height(Node<K, V> n) {
            return n == null ? 0 : 1 + Math.max(height(n.left), height(n.right));
        }

        void inOrder(Consumer<K> visit) {
            inOrder(root, visit);
        }

        private void inOrder(Node<K, V> n, Consumer<K> visit) {
            if (n == null) {
                return;
            }
            inOrder(n.left, visit);
            visit.accept(n.key);
            inOrder(n.right, visit);
        }

        K min() {
            if (root == null) {
                throw new NoSuchElementException("empty tree");
            }
            Node<K, V> n = root;
            while (n.left != null) {
                n = n.left;
            }
            return n.key;
        }

        void delete(K key) {
            root = delete(root, key);
        }

        private Node<K, V> delete(Node<K, V> n, K key) {
            if (n == null) {
                return null;
            }
            int c = key.compareTo(n.key);
            if (c < 0) {
                n.left = delete(n.left, key);
            } else if (c > 0) {
                n.right = delete(n.right, key);
            } else {
                size--;
                if (n.left == null) {
                    return n.right;
                }
                if (n.right == null) {
                    return n.left;
                }
                Node<K, V> m = n.right;
                while (m.left != null) {
                    m = m.left;
                }
                Node<K, V> replacement = new Node<>(m.key, m.value);
                size++;
                replacement.right = delete(n.right, m.key);
                replacement.left = n.left;
                return replacement;
            }
            return n;
        }

        int size() {
            return size;
        }
    }

    public static void main(String[] args) {
        MyLinkedList<String> list = new MyLinkedList<>();
        for (String s : new String[] {"b", "c", "d"}) {
            list.addLast(s);
        }
        list.addFirst("a");
        Main.MyLinkedList<String> same = list;
        BST.Node<String, Integer> probe = new BST.Node<>("k", 1);
        System.out.println(probe.key + probe.value + " " + (same == list) + " " + probe.getClass().getName() + " " + probe.getClass().getSimpleName());
        System.out.println(list + " size=" + list.size() + " get(2)=" + list.get(2));
        list.reverse();
        System.out.println("reversed: " + list);
        StringBuilder sb = new StringBuilder();
        for (String s : list) {
            sb.append(s.toUpperCase());
        }
        System.out.println(sb);
        System.out.println("removed " + list.removeFirst() + ", now " + list);
        try {
            list.get(7);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        while (list.size() > 0) {
            list.removeFirst();
        }
        try {
            list.removeFirst();
        } catch (NoSuchElementException e) {
            System.out.println("caught: " + e);
        }
        Iterator<String> it = list.iterator();
        System.out.println("hasNext on empty: " + it.hasNext());

        BST<Integer, String> tree = new BST<>();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
        for (int k : keys) {
            tree.put(k, "v" + k);
        }
        tree.put(40, "forty");
        StringBuilder order = new StringBuilder();
        tree.inOrder(k -> order.append(k).append(' '));
        System.out.println(order.toString().trim());
        System.out.println("size=" + tree.size() + " height=" + tree.height() + " min=" + tree.min());
        System.out.println(tree.get(40) + " " + tree.get(65) + " " + tree.get(99));
        tree.delete(30);
        tree.delete(50);
        tree.delete(99);
        StringBuilder after = new StringBuilder();
        tree.inOrder(k -> after.append(k).append(','));
        System.out.println(after + " size=" + tree.size() + " height=" + tree.height());
        BST<String, Integer> words = new BST<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) {
            Integer c = words.get(w);
            words.put(w, c == null ? 1 : c + 1);
        }
        words.inOrder(w -> System.out.print(w + "=" + words.get(w) + " "));
        System.out.println();
    }
}
// expect: k1 true Main$BST$Node Node
// expect: [a -> b -> c -> d] size=4 get(2)=c
// expect: reversed: [d -> c -> b -> a]
// expect: DCBA
// expect: removed d, now [c -> b -> a]
// expect: Index: 7, Size: 3
// expect: caught: java.util.NoSuchElementException: list is empty
// expect: hasNext on empty: false
// expect: 20 30 35 40 45 50 60 65 70 80
// expect: size=10 height=4 min=20
// expect: forty v65 null
// expect: 20,35,40,45,60,65,70,80, size=8 height=4
// expect: brown=1 dog=1 end=1 fox=1 jumps=1 lazy=1 over=1 quick=1 the=3 
