import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> xs = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6));
        ListIterator<Integer> it = xs.listIterator();
        while (it.hasNext()) {
            int i = it.nextIndex();
            int v = it.next();
            if (v % 2 == 0) {
                it.set(v * 10);
            } else if (v == 3) {
                it.remove();
            } else if (v == 5) {
                it.add(55);
            }
            System.out.println(i + " " + v + " " + it.previousIndex());
        }
        System.out.println(xs);
        while (it.hasPrevious()) {
            System.out.print(it.previous() + " ");
        }
        System.out.println();
        LinkedList<String> ws = new LinkedList<>(List.of("a", "b", "c"));
        ListIterator<String> w = ws.listIterator(ws.size());
        while (w.hasPrevious()) {
            String s = w.previous();
            w.add(s.toUpperCase());
            w.previous();
        }
        System.out.println(ws);
        try {
            it.set(1);
        } catch (IllegalStateException e) {
            System.out.println("ISE " + e.getMessage());
        }
        try {
            xs.listIterator(99);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        ListIterator<Integer> e = new ArrayList<Integer>().listIterator();
        e.previous();
    }
}
// expect: 0 1 0
// expect: 1 2 1
// expect: 2 3 1
// expect: 2 4 2
// expect: 3 5 4
// expect: 5 6 5
// expect: [1, 20, 40, 5, 55, 60]
// expect: 60 55 5 40 20 1 
// expect: [A, a, B, b, C, c]
// expect: Index: 99, Size: 6
// expect runtime error: trap 4
// expect stderr: at Main.main(list_iterator.java:43)
// expect exit: 1
