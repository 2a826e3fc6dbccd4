// IntStream's summaryStatistics(), a stream's toArray with an array constructor reference, constructor
// references, joining with a prefix and suffix, range chains, iterate with limit, mapToObj, boxed, average.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    record Player(String name) {}

    public static void main(String[] args) {
        int[] scores = {72, 85, 91, 64, 85, 100, 58};
        IntSummaryStatistics stats = Arrays.stream(scores).summaryStatistics();
        System.out.println(stats);
        System.out.println(stats.getMin() + " " + stats.getMax() + " " + stats.getAverage());
        System.out.println(stats.getSum() + " over " + stats.getCount());
        IntSummaryStatistics none = IntStream.empty().summaryStatistics();
        System.out.println(none);
        IntSummaryStatistics byHand = new IntSummaryStatistics();
        byHand.accept(-3);
        byHand.accept(7);
        byHand.combine(stats);
        System.out.println(byHand.getMin() + " " + byHand.getMax() + " " + byHand.getCount());

        List<Integer> nums = List.of(5, 3, 9, 1);
        Integer[] sorted = nums.stream().sorted().toArray(Integer[]::new);
        System.out.println(Arrays.toString(sorted) + " " + sorted.length);
        String[] upper = Stream.of("pear", "fig", "kiwi").map(String::toUpperCase).toArray(String[]::new);
        System.out.println(String.join("|", upper));
        Object[] plain = Stream.of(1, "two", 3.0).toArray();
        System.out.println(plain.length + " " + plain[1]);
        int[][] rows = IntStream.range(0, 3).mapToObj(i -> new int[] {i, i * i}).toArray(int[][]::new);
        System.out.println(Arrays.deepToString(rows));

        List<Player> players = Stream.of("ann", "bob").map(Player::new).collect(Collectors.toList());
        System.out.println(players);
        Supplier<List<String>> fresh = ArrayList::new;
        List<String> names = fresh.get();
        names.add("zed");
        System.out.println(names);
        Function<String, StringBuilder> builder = StringBuilder::new;
        System.out.println(builder.apply("abc").reverse());

        System.out.println(Stream.of("x", "y", "z").collect(Collectors.joining(", ", "{", "}")));
        System.out.println(Stream.<String>empty().collect(Collectors.joining(", ", "{", "}")));
        System.out.println(IntStream.rangeClosed(1, 10).filter(i -> i % 3 == 0).map(i -> i * i).sum());
        System.out.println(IntStream.range(0, 5).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> "#" + i).collect(Collectors.joining(" ")));
        System.out.println(Stream.iterate(1, x -> x * 3).limit(6).collect(Collectors.toList()));
        System.out.println(Stream.iterate("a", s -> s + "b").limit(3).map(String::length).toList());
        System.out.println(IntStream.of(1, 2, 4).average());
        System.out.println(IntStream.empty().average());
        System.out.println(IntStream.rangeClosed(1, 6).average().getAsDouble());
        System.out.println(nums.stream().mapToInt(Integer::intValue).average().orElse(-1));
        IntSummaryStatistics ages = Stream.of("ann", "bo", "cyd").collect(Collectors.summarizingInt(String::length));
        DoubleSummaryStatistics halves = Stream.of(1, 2, 4).collect(Collectors.summarizingDouble(x -> x / 2.0));
        System.out.println(ages.getMax() + " " + ages.getAverage() + " " + halves.getSum() + " " + halves.getMin());
        System.out.print("line" + System.lineSeparator());
    }
}
// expect: IntSummaryStatistics{count=7, sum=555, min=58, average=79.285714, max=100}
// expect: 58 100 79.28571428571429
// expect: 555 over 7
// expect: IntSummaryStatistics{count=0, sum=0, min=2147483647, average=0.000000, max=-2147483648}
// expect: -3 100 9
// expect: [1, 3, 5, 9] 4
// expect: PEAR|FIG|KIWI
// expect: 3 two
// expect: [[0, 0], [1, 1], [2, 4]]
// expect: [Player[name=ann], Player[name=bob]]
// expect: [zed]
// expect: cba
// expect: {x, y, z}
// expect: {}
// expect: 126
// expect: [0, 1, 2, 3, 4]
// expect: #1 #2 #3 #4
// expect: [1, 3, 9, 27, 81, 243]
// expect: [1, 2, 3]
// expect: OptionalDouble[2.3333333333333335]
// expect: OptionalDouble.empty
// expect: 3.5
// expect: 4.5
// expect: 3 2.6666666666666665 3.5 0.5
// expect: line
