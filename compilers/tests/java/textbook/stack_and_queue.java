import java.util.Iterator;
import java.util.NoSuchElementException;

public class Main {
    interface Stack<T> extends Iterable<T> {
        void push(T item);
        T pop();
        T peek();
        boolean isEmpty();
        int size();
    }

    static class ArrayStack<T> implements Stack<T> {
        private Object[] items = new Object[2];
        private int n;

        public void push(T item) {
            if (n == items.length) resize(2 * items.length);
            items[n++] = item;
        }

        @SuppressWarnings("unchecked")
        public T pop() {
            if (isEmpty()) throw new RuntimeException("Stack underflow");
            T item = (T) items[--n];
            items[n] = null;
            if (n > 0 && n == items.length / 4) resize(items.length / 2);
            return item;
        }

        @SuppressWarnings("unchecked")
        public T peek() {
            if (isEmpty()) throw new RuntimeException("Stack underflow");
            return (T) items[n - 1];
        }

        public boolean isEmpty() { return n == 0; }
        public int size() { return n; }

        private void resize(int capacity) {
            Object[] copy = new Object[capacity];
            for (int i = 0; i < n; i++) copy[i] = items[i];
            items = copy;
        }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                private int i = n;
                public boolean hasNext() { return i > 0; }
                @SuppressWarnings("unchecked")
                public T next() {
                    if (!hasNext()) throw new NoSuchElementException();
                    return (T) items[--i];
                }
            };
        }
    }

    static class LinkedQueue<T> implements Iterable<T> {
        private class Node {
            T item;
            Node next;
        }
        private Node first, last;
        private int n;

        public void enqueue(T item) {
            Node old = last;
            last = new Node();
            last.item = item;
            if (isEmpty()) first = last;
            else old.next = last;
            n++;
        }

        public T dequeue() {
            if (isEmpty()) throw new NoSuchElementException("Queue underflow");
            T item = first.item;
            first = first.next;
            n--;
            if (isEmpty()) last = null;
            return item;
        }

        public boolean isEmpty() { return first == null; }
        public int size() { return n; }

        public Iterator<T> iterator() {
            return new Iterator<T>() {
                private Node current = first;
                public boolean hasNext() { return current != null; }
                public T next() {
                    T item = current.item;
                    current = current.next;
                    return item;
                }
            };
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("[");
            for (T t : this) {
                if (sb.length() > 1) sb.append(", ");
                sb.append(t);
            }
            return sb.append("]").toString();
        }
    }

    static boolean balanced(String s) {
        Stack<Character> st = new ArrayStack<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> st.push(c);
                case ')', ']', '}' -> {
                    if (st.isEmpty()) return false;
                    char open = st.pop();
                    if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{'))
                        return false;
                }
                default -> { }
            }
        }
        return st.isEmpty();
    }

    static int evalPostfix(String expr) {
        ArrayStack<Integer> st = new ArrayStack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+": st.push(st.pop() + st.pop()); break;
                case "*": st.push(st.pop() * st.pop()); break;
                case "-": { int b = st.pop(), a = st.pop(); st.push(a - b); break; }
                default: st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }

    public static void main(String[] args) {
        ArrayStack<String> s = new ArrayStack<>();
        for (String w : "to be or not to be".split(" ")) s.push(w);
        System.out.print("stack:");
        for (String w : s) System.out.print(" " + w);
        System.out.println(" (" + s.size() + ")");
        while (s.size() > 2) System.out.print(s.pop() + " ");
        System.out.println("| peek " + s.peek());
        LinkedQueue<Integer> q = new LinkedQueue<>();
        for (int i = 1; i <= 5; i++) q.enqueue(i * i);
        System.out.println(q + " size " + q.size());
        System.out.println(q.dequeue() + " " + q.dequeue() + " " + q);
        for (String t : new String[] {"([]{})", "([)]", "((", ""}) System.out.println("'" + t + "' " + balanced(t));
        System.out.println(evalPostfix("3 4 + 2 * 7 -"));
        try {
            new ArrayStack<Integer>().pop();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        LinkedQueue<String> empty = new LinkedQueue<>();
        empty.dequeue();
    }
}
// expect: stack: be to not or be to (6)
// expect: be to not or | peek be
// expect: [1, 4, 9, 16, 25] size 5
// expect: 1 4 [9, 16, 25]
// expect: '([]{})' true
// expect: '([)]' false
// expect: '((' false
// expect: '' true
// expect: 7
// expect: Stack underflow
// expect runtime error: trap 4
// expect stderr: at Main.main(stack_and_queue.java:161)
// expect exit: 1
