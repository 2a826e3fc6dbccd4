import java.util.*;
public class Main {
    public static void main(String[] args) {
        ArrayDeque<Integer> dq = new ArrayDeque<>(List.of(1, 2, 3, 4, 5, 6));
        Iterator<Integer> it = dq.iterator();
        while (it.hasNext()) if (it.next() % 3 == 0) it.remove();
        System.out.println(dq);
        dq.removeIf(x -> x == 1);
        System.out.println(dq + " " + dq.remove(Integer.valueOf(4)) + " " + dq + " " + dq.contains(5));
        Iterator<Integer> d = dq.descendingIterator();
        d.next(); d.remove();
        System.out.println(dq);
        LinkedList<String> ll = new LinkedList<>(List.of("a", "b", "c", "d"));
        Iterator<String> di = ll.descendingIterator();
        while (di.hasNext()) { String s = di.next(); if (s.equals("c") || s.equals("a")) di.remove(); }
        System.out.println(ll);
        dq.addFirst(0); dq.addLast(9);
        for (Iterator<Integer> i2 = dq.descendingIterator(); i2.hasNext(); ) System.out.print(i2.next() + " ");
        System.out.println(dq.size());
        try { dq.iterator().remove(); } catch (IllegalStateException e) { System.out.println("ISE"); }
        Iterator<Integer> e = new ArrayDeque<Integer>().iterator();
        e.next();
    }
}
// expect: [1, 2, 4, 5]
// expect: [2, 4, 5] true [2, 5] true
// expect: [2]
// expect: [b, d]
// expect: 9 2 0 3
// expect: ISE
// expect runtime error: trap 4
// expect stderr: at Main.main(deque_iterators.java:22)
// expect exit: 1
