import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> li = Stream.of(5, 3, 8, 1).sorted().toList();
        System.out.println(li + " " + li.get(2) + " " + li.size() + " " + li.contains(8) + " " + li.indexOf(3));
        List<String> withNull = Stream.of("a", null, "b").toList();
        System.out.println(withNull);
        try {
            li.add(9);
        } catch (UnsupportedOperationException e) {
            System.out.println("add: " + e);
        }
        try {
            li.set(0, 9);
        } catch (UnsupportedOperationException e) {
            System.out.println("set: " + e);
        }
        List<Integer> copy = new ArrayList<>(li);
        copy.add(9);
        System.out.println(copy + " " + li.equals(List.of(1, 3, 5, 8)) + " " + li.hashCode());
        Iterator<Integer> it = li.iterator();
        it.next();
        it.remove();
    }
}
// expect: [1, 3, 5, 8] 5 4 true 1
// expect: [a, null, b]
// expect: add: java.lang.UnsupportedOperationException
// expect: set: java.lang.UnsupportedOperationException
// expect: [1, 3, 5, 8, 9] true 956358
// expect runtime error: trap 4
// expect stderr: at Main.main(to_list_unmodifiable.java:25)
// expect exit: 1
