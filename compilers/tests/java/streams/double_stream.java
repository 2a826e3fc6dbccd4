// DoubleStream from mapToDouble, DoubleStream.of, Arrays.stream and IntStream: sum, average (OptionalDouble),
// max, min, boxed, sorted, toArray, count; Number.doubleValue of a box.
import java.util.*;
import java.util.stream.*;

public class Main {
    record Item(String name, double price) {}

    public static void main(String[] args) {
        List<Item> items = List.of(new Item("tea", 2.5), new Item("cake", 3.1), new Item("jam", 0.7));
        System.out.println(items.stream().mapToDouble(Item::price).sum());
        System.out.println(items.stream().mapToDouble(i -> i.price()).average());
        System.out.println(items.stream().mapToDouble(Item::price).max().getAsDouble());
        System.out.println(DoubleStream.of(1e16, 1.0, 1.0, 1.0, 1.0, -1e16).sum());
        System.out.println(DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + (0.1 + 0.2 + 0.3));
        System.out.println(DoubleStream.of(1e100, 1.0, -1e100).sum());
        System.out.println(DoubleStream.of(Double.POSITIVE_INFINITY, 1.0).sum() + " " + DoubleStream.empty().average());
        System.out.println(IntStream.range(0, 10).average().getAsDouble() + " " + IntStream.of(1, 2).asDoubleStream().boxed().collect(Collectors.toList()));
        System.out.println(Arrays.toString(DoubleStream.of(3, 1, 2).sorted().toArray()) + " " + DoubleStream.empty().min().orElse(-1));
        double[] xs = {2.5, 1e-3, 7};
        System.out.println(Arrays.stream(xs).map(x -> x * 2).filter(x -> x > 1).count());
        Number n = Integer.valueOf(7);
        System.out.println(n.doubleValue() + " " + n.intValue() + " " + Double.valueOf(2.75).intValue());
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 6.3
// expect: OptionalDouble[2.1]
// expect: 3.1
// expect: 4.0
// expect: 0.6 0.6000000000000001
// expect: 0.0
// expect: Infinity OptionalDouble.empty
// expect: 4.5 [1.0, 2.0]
// expect: [1.0, 2.0, 3.0] -1.0
// expect: 2
// expect: 7.0 7 2
