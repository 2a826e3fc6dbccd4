import java.util.*;
import java.util.stream.*;

// LongStream: mapToLong, asLongStream, LongStream.range/rangeClosed/of and Arrays.stream of a long[],
// with its operations; sum() wraps as java's reduce(0, Long::sum) does.
public class Main {
    record Item(String name, int qty, long cents) {}

    static long factorial(int n) {
        return LongStream.rangeClosed(1, n).reduce(1, (a, b) -> a * b);
    }

    public static void main(String[] args) {
        List<Item> items = List.of(new Item("disk", 3, 1_500_000_000L), new Item("cpu", 2, 2_000_000_000L),
                new Item("fan", 7, 5L));
        long total = items.stream().mapToLong(i -> i.qty() * i.cents()).sum();
        System.out.println(total + " " + items.stream().mapToLong(Item::cents).max().getAsLong());
        System.out.println(items.stream().mapToLong(Item::cents).average() + " " + items.stream().mapToLong(Item::cents).min());
        System.out.println(factorial(20) + " " + factorial(21) + " " + factorial(0));
        System.out.println(LongStream.range(0, 5).map(x -> x * x).boxed().collect(Collectors.toList()));
        System.out.println(LongStream.of(5, 3, 9).sorted().mapToObj(Long::toString).collect(Collectors.joining("-")));
        System.out.println(IntStream.rangeClosed(1, 5).asLongStream().filter(x -> x % 2 == 1).count() + " "
                + IntStream.of(100000, 100000).mapToLong(x -> (long) x * x).sum());
        System.out.println(LongStream.empty().max() + " " + LongStream.of(4).min() + " " + LongStream.of(Long.MAX_VALUE, 1).sum());
        long[] fees = {10, 20, 30, 40};
        System.out.println(Arrays.stream(fees).sum() + " " + Arrays.toString(LongStream.of(3, 1, 2).skip(1).limit(5).toArray()));
        System.out.println(LongStream.range(0, 3).anyMatch(x -> x == 2) + " " + LongStream.range(0, 3).allMatch(x -> x < 2) + " "
                + LongStream.range(0, 3).noneMatch(x -> x > 5) + " " + LongStream.range(7, 9).findFirst().getAsLong());
        OptionalLong none = LongStream.empty().findFirst();
        System.out.println(none.isPresent() + " " + none.orElse(-1) + " " + LongStream.range(1, 4).asDoubleStream().sum());
        LongStream.iterate(1, x -> x * 10).limit(3).forEach(x -> System.out.print(x + " "));
        System.out.println();
        try {
            none.getAsLong();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: 8500000035 2000000000
// expect: OptionalDouble[1.1666666683333333E9] OptionalLong[5]
// expect: 2432902008176640000 -4249290049419214848 1
// expect: [0, 1, 4, 9, 16]
// expect: 3-5-9
// expect: 3 20000000000
// expect: OptionalLong.empty OptionalLong[4] -9223372036854775808
// expect: 100 [1, 2]
// expect: true false true 7
// expect: false -1 6.0
// expect: 1 10 100 
// expect: No value present
