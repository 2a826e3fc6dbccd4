// BinaryOperator.minBy and maxBy; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    public static void main(String[] args) {
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        BinaryOperator<String> shortest = BinaryOperator.minBy(Comparator.comparing(String::length));
        System.out.println(mx.apply(3, 8) + " " + shortest.apply("pear", "fig") + " " + shortest.apply("ab", "cd"));
        List<String> words = List.of("engine", "mill", "store", "card");
        BinaryOperator<String> last = BinaryOperator.maxBy(Comparator.naturalOrder());
        System.out.println(words.stream().reduce(last).get());
    }
}
// expect: 8 fig ab
// expect: store
