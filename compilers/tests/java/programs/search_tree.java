// A generic binary search tree: recursive insert and search, in-order traversal, height, removal of the
// minimum, a breadth-first level listing with a queue, and a NoSuchElementException from an empty tree.
import java.util.*;

public class Main {
    static class Tree<K extends Comparable<K>, V> {
        private static class Node<K, V> {
            final K key;
            V value;
            Node<K, V> left;
            Node<K, V> right;

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

        K removeMin() {
            if (root == null) {
                throw new NoSuchElementException("empty tree");
            }
            Node<K, V> parent = null;
            Node<K, V> n = root;
            while (n.left != null) {
                parent = n;
                n = n.left;
            }
            if (parent == null) {
                root = n.right;
            } else {
                parent.left = n.right;
            }
            size--;
            return n.key;
        }

        List<K> inOrder() {
            List<K> out = new ArrayList<>();
            walk(root, out);
            return out;
        }

        private void walk(Node<K, V> n, List<K> out) {
            if (n != null) {
                walk(n.left, out);
                out.add(n.key);
                walk(n.right, out);
            }
        }

        List<List<K>> levels() {
            List<List<K>> out = new ArrayList<>();
            Deque<Node<K, V>> queue = new ArrayDeque<>();
            if (root != null) {
                queue.add(root);
            }
            while (!queue.isEmpty()) {
                List<K> level = new ArrayList<>();
                for (int i = queue.size(); i > 0; i--) {
                    Node<K, V> n = queue.poll();
                    level.add(n.key);
                    if (n.left != null) {
                        queue.add(n.left);
                    }
                    if (n.right != null) {
                        queue.add(n.right);
                    }
                }
                out.add(level);
            }
            return out;
        }

        int size() {
            return size;
        }
    }

    public static void main(String[] args) {
        Tree<Integer, String> t = new Tree<>();
        int[] keys = {50, 30, 70, 20, 40, 60, 80, 35, 45, 65};
        for (int k : keys) {
            t.put(k, "v" + k);
        }
        t.put(40, "forty");
        System.out.println(t.inOrder() + " size " + t.size() + " height " + t.height());
        System.out.println(t.levels());
        System.out.println(t.get(40) + " " + t.get(65) + " " + t.get(99));
        System.out.println("min " + t.removeMin() + ", then " + t.removeMin());
        System.out.println(t.levels());

        Tree<String, Integer> words = new Tree<>();
        String text = "the quick brown fox jumps over the lazy dog the end";
        for (String w : text.split(" ")) {
            Integer seen = words.get(w);
            words.put(w, seen == null ? 1 : seen + 1);
        }
        StringJoiner counts = new StringJoiner(" ");
        for (String w : words.inOrder()) {
            counts.add(w + ":" + words.get(w));
        }
        System.out.println(counts);
        System.out.println("height " + words.height() + " levels " + words.levels().size());
        Tree<String, Integer> empty = new Tree<>();
        System.out.println(empty.inOrder() + " " + empty.levels() + " " + empty.height());
        empty.removeMin();
    }
}
// expect: [20, 30, 35, 40, 45, 50, 60, 65, 70, 80] size 10 height 4
// expect: [[50], [30, 70], [20, 40, 60, 80], [35, 45, 65]]
// expect: forty v65 null
// expect: min 20, then 30
// expect: [[50], [40, 70], [35, 45, 60, 80], [65]]
// expect: brown:1 dog:1 end:1 fox:1 jumps:1 lazy:1 over:1 quick:1 the:3
// expect: height 7 levels 7
// expect: [] [] 0
// expect runtime error: trap 4
// expect stderr: at Main.main(search_tree.java:150)
// expect exit: 1
