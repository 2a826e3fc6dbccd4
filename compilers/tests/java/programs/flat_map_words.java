// Expected output: java 17's (java flat_map_words.java).
import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        Stream<String> a = Stream.of("x yy".split(" "));
        System.out.println(a.map(String::length).collect(Collectors.toList()));
        List<String> b = Stream.of("x yy", "zz w").flatMap(s -> Stream.of(s.split(" "))).collect(Collectors.toList());
        System.out.println(b);
        System.out.println(Stream.of("p q", "r").flatMap(s -> Arrays.stream(s.split(" "))).map(String::toUpperCase).collect(Collectors.joining()));
    }
}

// expect: [1, 2]
// expect: [x, yy, zz, w]
// expect: PQR
