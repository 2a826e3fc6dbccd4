// Stream.of of an array streams its elements (javac's most specific of is the variable-arity one), of
// any number of elements too; of one list is a stream of that list.
import java.util.*;
import java.util.stream.*;

public class Main {
    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        System.out.println(Stream.of(Color.values()).map(Color::name).collect(Collectors.toList()));
        String[] words = {"pear", "fig", "apple"};
        System.out.println(Stream.of(words).sorted().collect(Collectors.joining(",")) + " " + Stream.of("one").count());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6, 7, 8).map(i -> i * i).toList());
        System.out.println(Stream.of(List.of(1, 2)).count() + " " + Stream.of(List.of(1, 2)).findFirst().get());
        System.out.println(IntStream.of(new int[] {4, 5}).sum() + " " + IntStream.of(1, 2, 3, 4, 5, 6, 7, 8).max().getAsInt());
        System.out.println(DoubleStream.of(0.5, 1.5, 2.5, 3.5, 4.5, 5.5, 6.5).skip(2).limit(3).sum());
    }
}
// expect: [RED, GREEN, BLUE]
// expect: apple,fig,pear 1
// expect: [1, 4, 9, 16, 25, 36, 49, 64]
// expect: 1 [1, 2]
// expect: 9 8
// expect: 10.5
