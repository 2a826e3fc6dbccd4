import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 3).mapToObj(Integer::toString).toList());
        System.out.println(IntStream.rangeClosed(1, 3).mapToObj(Integer::toBinaryString).collect(Collectors.joining(",")));
        System.out.println(List.of(3, -1, 2).stream().map(String::valueOf).toList());
        System.out.println(Stream.of("a", "bb").map(String::length).toList());
    }
}
// expect: [0, 1, 2]
// expect: 1,10,11
// expect: [3, -1, 2]
// expect: [1, 2]
