import java.util.*;
import java.util.stream.*;

public class Main {
    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        // Each element goes through every stage before the next one starts.
        List<String> names = List.of("Ada", "Bob", "Cy", "Dana");
        List<String> result = names.stream()
                .peek(n -> System.out.println("saw " + n))
                .filter(n -> n.length() == 3)
                .map(n -> {
                    System.out.println("upper " + n);
                    return n.toUpperCase();
                })
                .collect(Collectors.toList());
        System.out.println(result);

        // limit stops the source: 5 is never looked at.
        IntStream.rangeClosed(1, 10)
                .peek(i -> System.out.println("gen " + i))
                .filter(i -> i % 2 == 0)
                .limit(2)
                .forEach(i -> System.out.println("use " + i));

        // sorted takes everything first, then passes it on.
        Stream.of("c", "a", "b")
                .peek(s -> System.out.println("before " + s))
                .sorted()
                .forEach(s -> System.out.println("after " + s));

        // Nothing runs without a terminal operation.
        Stream<String> lazy = names.stream().peek(n -> System.out.println("never " + n));
        System.out.println("built");

        System.out.println(IntStream.range(1, 30).filter(Main::isPrime).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.iterate(1, i -> i * 3).limit(5).sum());
        System.out.println(names.stream().allMatch(n -> n.length() >= 2) + " "
                + names.stream().noneMatch(n -> n.isEmpty()));
        int[] squares = IntStream.range(0, 6).map(i -> i * i).toArray();
        System.out.println(Arrays.toString(squares));
        Map<Integer, Long> byLength = names.stream()
                .collect(Collectors.groupingBy(String::length, Collectors.counting()));
        System.out.println(byLength);
        Map<String, Integer> lengths = names.stream().collect(Collectors.toMap(n -> n, n -> n.length()));
        System.out.println(lengths);
        System.out.println(Stream.of("x", "y", "x").collect(Collectors.toSet()));
        System.out.println(names.stream().map(String::length).reduce(Integer::sum).get());
        Optional<String> longest = names.stream().max(Comparator.comparingInt(String::length));
        System.out.println(longest.orElse("none") + " " + longest);
        System.out.println(Stream.of(3, 1, 2).sorted(Comparator.reverseOrder()).toList());
        System.out.println(Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> 1)));
    }
}
// expect: saw Ada
// expect: upper Ada
// expect: saw Bob
// expect: upper Bob
// expect: saw Cy
// expect: saw Dana
// expect: [ADA, BOB]
// expect: gen 1
// expect: gen 2
// expect: use 2
// expect: gen 3
// expect: gen 4
// expect: use 4
// expect: before c
// expect: before a
// expect: before b
// expect: after a
// expect: after b
// expect: after c
// expect: built
// expect: [2, 3, 5, 7, 11, 13, 17, 19, 23, 29]
// expect: 121
// expect: true true
// expect: [0, 1, 4, 9, 16, 25]
// expect: {2=1, 3=2, 4=1}
// expect: {Dana=4, Bob=3, Cy=2, Ada=3}
// expect: [x, y]
// expect: 12
// expect: Dana Optional[Dana]
// expect: [3, 2, 1]
// expect runtime error: trap 4
// expect stderr: at Main.main(lazy_order.java:63)
// expect exit: 1
