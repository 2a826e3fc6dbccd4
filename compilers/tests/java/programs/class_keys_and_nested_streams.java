// Expected output: java 17's (java class_keys_and_nested_streams.java).
import java.util.*;
import java.util.stream.*;
import java.util.function.Function;

public class Main {
    static class A {} static class B extends A {}
    public static void main(String[] args) {
        Map<Class<?>, String> names = new HashMap<>();
        names.put(A.class, "a");
        names.put(B.class, "b");
        System.out.println(names.get(A.class) + names.get(new B().getClass()) + names.size());
        Set<Class<?>> seen = new HashSet<>();
        for (Object o : List.of(new A(), new B(), new A(), "s", 3)) seen.add(o.getClass());
        System.out.println(seen.size());
        System.out.println(new A().getClass().equals(A.class) + " " + (new B().getClass() == B.class));
        Map<Class<?>, Integer> count = new HashMap<>();
        for (Object o : List.of(new A(), new B(), new A())) count.merge(o.getClass(), 1, Integer::sum);
        System.out.println(count.get(A.class) + " " + count.get(B.class));
        List<List<Integer>> grid = List.of(List.of(1, 2, 3), List.of(4, 5), List.of(6));
        List<String> rows = grid.stream().map(r -> r.stream().map(String::valueOf).collect(Collectors.joining("+"))).collect(Collectors.toList());
        System.out.println(rows);
        Map<String, Integer> wl = Stream.of("a bb", "ccc dd").flatMap(s -> Arrays.stream(s.split(" "))).collect(Collectors.toMap(Function.identity(), String::length));
        System.out.println(new TreeMap<>(wl));
        Map<Integer, List<String>> byLen = Stream.of("x yy", "zz w").flatMap(s -> Stream.of(s.split(" "))).collect(Collectors.groupingBy(String::length));
        System.out.println(byLen);
    }
}

// expect: ab2
// expect: 4
// expect: true true
// expect: 2 1
// expect: [1+2+3, 4+5, 6]
// expect: {a=1, bb=2, ccc=3, dd=2}
// expect: {1=[x, w], 2=[yy, zz]}
