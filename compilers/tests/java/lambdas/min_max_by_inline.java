import java.util.*;
import java.util.function.BinaryOperator;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        BinaryOperator<Integer> op = BinaryOperator.maxBy(Comparator.naturalOrder());
        System.out.println(op.apply(3, 4));
        System.out.println(Stream.of(3, 9, 2).reduce(BinaryOperator.minBy(Comparator.reverseOrder())).get());
        System.out.println(Stream.of("b", "a").reduce(BinaryOperator.minBy(Comparator.comparing(String::length))).get());
    }
}
// expect: 4
// expect: 9
// expect: b
