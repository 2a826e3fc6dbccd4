import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        System.out.println("a".concat("b") + " " + Stream.of("x", "y", "z").reduce("", String::concat));
        Map.Entry<String, Integer> e = Map.entry("k", 2);
        System.out.println(e + " " + e.getKey() + " " + e.getValue());
        AbstractMap.SimpleEntry<String, Integer> p = new AbstractMap.SimpleEntry<>("b", 1);
        p.setValue(5);
        System.out.println(p + " " + p.getValue() + " " + p.equals(Map.entry("b", 5)));
        List<Map.Entry<String, Integer>> pairs = new ArrayList<>();
        pairs.add(new AbstractMap.SimpleEntry<>("z", 3));
        pairs.add(Map.entry("a", 9));
        pairs.sort(Map.Entry.comparingByKey());
        System.out.println(pairs);
        System.out.println(IntStream.iterate(1, i -> i <= 100, i -> i * 2).boxed().toList());
        System.out.println(Stream.iterate("a", s -> s.length() < 4, s -> s + "b").collect(Collectors.joining(",")));
        System.out.println(IntStream.iterate(1, i -> i < 1000, i -> i * 3).limit(3).sum());
    }
}
// expect: ab xyz
// expect: k=2 k 2
// expect: b=5 5 true
// expect: [a=9, z=3]
// expect: [1, 2, 4, 8, 16, 32, 64]
// expect: a,ab,abb
// expect: 13
