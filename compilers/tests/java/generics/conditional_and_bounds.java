import java.util.*;

public class Main {
    static abstract class Animal implements Comparable<Animal> {
        final String name;
        Animal(String name) { this.name = name; }
        abstract String sound();
        public int compareTo(Animal o) { return name.compareTo(o.name); }
        public String toString() { return name + " says " + sound(); }
    }

    static class Dog extends Animal {
        Dog(String name) { super(name); }
        String sound() { return "woof"; }
    }

    static class Cat extends Animal {
        Cat(String name) { super(name); }
        String sound() { return "meow"; }
    }

    interface Container<T> {
        void put(T item);
        T take();
        boolean empty();
    }

    static class Fifo<T> implements Container<T> {
        private final LinkedList<T> items = new LinkedList<>();
        public void put(T item) { items.addLast(item); }
        public T take() { return items.removeFirst(); }
        public boolean empty() { return items.isEmpty(); }
    }

    static class Lifo<T> implements Container<T> {
        private final ArrayDeque<T> items = new ArrayDeque<>();
        public void put(T item) { items.push(item); }
        public T take() { return items.pop(); }
        public boolean empty() { return items.isEmpty(); }
    }

    static <T extends Comparable<T>> T smallest(Container<T> c) {
        T best = null;
        while (!c.empty()) {
            T x = c.take();
            if (best == null || x.compareTo(best) < 0) {
                best = x;
            }
        }
        return best;
    }

    static <T> String drain(Container<T> c) {
        StringBuilder sb = new StringBuilder();
        while (!c.empty()) {
            sb.append(c.take()).append(';');
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        List<Animal> zoo = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            zoo.add(i % 2 == 0 ? new Dog("d" + i) : new Cat("c" + i));
        }
        Collections.sort(zoo);
        System.out.println(zoo);
        Container<Animal> fifo = new Fifo<>();
        Container<Animal> lifo = new Lifo<>();
        for (Animal a : zoo) {
            fifo.put(a);
            lifo.put(a);
        }
        System.out.println(smallest(fifo) + " / " + drain(lifo));
        Container<Integer> nums = new Lifo<>();
        for (int x : new int[] {5, -3, 8}) {
            nums.put(x);
        }
        System.out.println(smallest(nums));
        Object o = zoo.size() > 3 ? "many" : 3;
        System.out.println(o);
    }
}
// expect: [c1 says meow, c3 says meow, d0 says woof, d2 says woof, d4 says woof]
// expect: c1 says meow / d4 says woof;d2 says woof;d0 says woof;c3 says meow;c1 says meow;
// expect: -3
// expect: many
