import java.util.*;

public class Main {
    record P(int x, String y) {
    }

    public static void main(String[] args) {
        System.out.printf("%2$s %1$s %2$s%n", "a", "b");
        System.out.printf("%s %<s %s %<S%n", "x", "y");
        System.out.printf("%1$5d|%1$-5d|%1$05d|%1$x%n", 42);
        String s = String.format("%3$s-%2$s-%1$s", 1, 2.5, 'c');
        System.out.println(s);
        System.out.printf("%h %H %h %h%n", "hello", "hello", 42, -1L);
        System.out.printf("%h %h %h %h%n", 'a', true, 1.5, new P(1, "z"));
        System.out.printf("%h|%8h|%-8h|%.3h%n", null, "ab", "ab", "hello");
        System.out.printf("%s %s%n", "used", "used", "extra");
        List<Integer> xs = List.of(1, 2, 3);
        System.out.printf("%h %s%n", xs, xs);
        System.out.printf("%1$s %1$s %<s%n", xs.size());
        System.out.printf("%d %<x %<o%n", 255);
    }
}
// expect: b a b
// expect: x x y Y
// expect:    42|42   |00042|2a
// expect: c-2.5-1
// expect: 5e918d2 5E918D2 2a 0
// expect: 61 4cf 3ff80000 99
// expect: null|     c21|c21     |5e9
// expect: used used
// expect: 7861 [1, 2, 3]
// expect: 3 3 3
// expect: 255 ff 377
