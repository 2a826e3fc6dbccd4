// A nested class named as a java.util class the program's ArrayList links (ListIterator): java keeps the
// two apart (checked against OpenJDK 17: prints a, b); it was a compile error in the library's List.
import java.util.*;

public class Main {
    static class Chain<T> implements Iterable<T> {
        private final List<T> items = new ArrayList<>();
        void add(T t) { items.add(t); }
        private class ListIterator implements Iterator<T> {
            int i = 0;
            public boolean hasNext() { return i < items.size(); }
            public T next() { return items.get(i++); }
        }
        public Iterator<T> iterator() { return new ListIterator(); }
    }
    public static void main(String[] args) {
        Chain<String> c = new Chain<>();
        c.add("a"); c.add("b");
        for (String s : c) System.out.println(s);
    }
}
// expect: a
// expect: b
