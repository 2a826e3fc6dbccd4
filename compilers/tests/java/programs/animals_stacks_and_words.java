import java.util.*;
import java.util.function.*;

public class Main {
    static abstract class Animal implements Comparable<Animal> {
        private static int count = 0;
        protected final String name;
        protected int age;
        Animal(String name, int age) { this.name = name; this.age = age; count++; }
        abstract String sound();
        public String describe() { return String.format("%s (%d) says %s", name, age, sound()); }
        @Override public int compareTo(Animal o) { return Integer.compare(age, o.age); }
        static int getCount() { return count; }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Animal)) return false;
            Animal a = (Animal) o;
            return name.equals(a.name) && age == a.age;
        }
        @Override public int hashCode() { return Objects.hash(name, age); }
    }
    static class Dog extends Animal {
        Dog(String n, int a) { super(n, a); }
        String sound() { return "Woof"; }
    }
    static class Cat extends Animal {
        boolean indoor;
        Cat(String n, int a, boolean indoor) { super(n, a); this.indoor = indoor; }
        String sound() { return indoor ? "Meow" : "Hiss"; }
        @Override public String describe() { return super.describe() + (indoor ? " [indoor]" : ""); }
    }
    interface Stack<T> extends Iterable<T> {
        void push(T x);
        T pop();
        boolean isEmpty();
        default T peekOr(T other) { if (isEmpty()) return other; T x = pop(); push(x); return x; }
    }
    static class LinkedStack<T> implements Stack<T> {
        private class Node { T val; Node next; Node(T v, Node n) { val = v; next = n; } }
        private Node head;
        private int size;
        public void push(T x) { head = new Node(x, head); size++; }
        public T pop() {
            if (head == null) throw new RuntimeException("empty stack");
            T v = head.val; head = head.next; size--; return v;
        }
        public boolean isEmpty() { return head == null; }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                Node cur = head;
                public boolean hasNext() { return cur != null; }
                public T next() { T v = cur.val; cur = cur.next; return v; }
            };
        }
        @Override public String toString() {
            StringJoiner sj = new StringJoiner(", ", "[", "]");
            for (T x : this) sj.add(String.valueOf(x));
            return sj.toString();
        }
    }
    static <T extends Comparable<? super T>> T maxOf(List<? extends T> xs) {
        T best = null;
        for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long factorial(int n) { return n <= 1 ? 1 : n * factorial(n - 1); }
    static String reverse(String s) { return s.isEmpty() ? "" : reverse(s.substring(1)) + s.charAt(0); }
    static boolean isPalindrome(String s) {
        String t = s.toLowerCase().replaceAll("[^a-z]", "");
        return new StringBuilder(t).reverse().toString().equals(t);
    }
    public static void main(String[] args) {
        List<Animal> zoo = new ArrayList<>();
        zoo.add(new Dog("Rex", 5));
        zoo.add(new Cat("Tom", 3, true));
        zoo.add(new Cat("Felix", 7, false));
        Collections.sort(zoo);
        for (Animal a : zoo) System.out.println(a.describe());
        System.out.println("count=" + Animal.getCount() + " max=" + maxOf(zoo).name);
        System.out.println(new Dog("Rex", 5).equals(zoo.get(1)) + " " + zoo.contains(new Dog("Rex", 5)));
        Stack<Integer> st = new LinkedStack<>();
        for (int i = 1; i <= 5; i++) st.push(i * i);
        System.out.println(st + " peek=" + st.peekOr(-1));
        int sum = 0;
        while (!st.isEmpty()) sum += st.pop();
        System.out.println("sum=" + sum + " peek=" + st.peekOr(-1));
        try { st.pop(); } catch (RuntimeException e) { System.out.println("error: " + e.getMessage()); }
        System.out.println(fib(15) + " " + factorial(20) + " " + reverse("hello") + " " + isPalindrome("A man, a plan, a canal: Panama"));
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) freq.put(c, freq.getOrDefault(c, 0) + 1);
        System.out.println(freq);
        BiFunction<Integer, Integer, Integer> gcd = new BiFunction<>() {
            public Integer apply(Integer a, Integer b) { return b == 0 ? a : this.apply(b, a % b); }
        };
        System.out.println(gcd.apply(84, 36));
        String text = "the quick brown fox jumps over the lazy dog the end";
        Map<String, Integer> wc = new HashMap<>();
        for (String w : text.split(" ")) wc.merge(w, 1, Integer::sum);
        List<Map.Entry<String, Integer>> es = new ArrayList<>(wc.entrySet());
        es.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.println(es.subList(0, 3));
        System.out.printf("%-8s|%5.2f|%05d|%x%n", "left", Math.PI, 42, 255);
        char[] cs = {'d', 'a', 'c', 'b'};
        Arrays.sort(cs);
        System.out.println(new String(cs) + " " + "abc".compareTo("abd"));
        Object o = zoo.get(0);
        if (o instanceof Cat c && c.indoor) System.out.println("indoor cat " + c.name);
        int[][] grid = new int[3][4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) grid[i][j] = i * j;
        System.out.println(Arrays.deepToString(grid));
        System.out.println(Integer.MAX_VALUE + 1 + " " + (long) Integer.MAX_VALUE + 1 + " " + (char) ('a' + 2) + " " + 7 / 2 + " " + -7 % 3);
    }
}
// expect: Tom (3) says Meow [indoor]
// expect: Rex (5) says Woof
// expect: Felix (7) says Hiss
// expect: count=3 max=Felix
// expect: true true
// expect: [25, 16, 9, 4, 1] peek=25
// expect: sum=55 peek=-1
// expect: error: empty stack
// expect: 610 2432902008176640000 olleh true
// expect: {i=4, m=1, p=2, s=4}
// expect: 12
// expect: [the=3, brown=1, dog=1]
// expect: left    | 3.14|00042|ff
// expect: abcd -1
// expect: indoor cat Tom
// expect: [[0, 0, 0, 0], [0, 1, 2, 3], [0, 2, 4, 6]]
// expect: -2147483648 21474836471 c 3 -1
