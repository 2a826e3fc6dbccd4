import java.util.*;
import java.util.stream.*;

public class Main {
    record Card(String name, String suit, int cost) {}

    public static void main(String[] args) {
        List<Integer> nums = List.of(5, 3, 8, 1, 9, 2);
        List<Integer> evens = nums.stream().filter(n -> n % 2 == 0).collect(Collectors.toList());
        System.out.println(evens);
        int total = nums.stream().mapToInt(n -> n).sum();
        System.out.println(total);
        System.out.println(IntStream.range(0, 5).sum() + " " + IntStream.rangeClosed(1, 5).map(i -> i * i).sum());
        List<String> words = List.of("pear", "fig", "banana", "kiwi", "apple");
        System.out.println(words.stream().map(w -> w.length()).collect(Collectors.toList()));
        System.out.println(words.stream().map(String::toUpperCase).sorted().collect(Collectors.joining(", ")));
        System.out.println(words.stream().filter(w -> w.length() > 3).count());
        System.out.println(nums.stream().reduce(0, (a, b) -> a + b));
        System.out.println(nums.stream().max(Integer::compare).get());
        System.out.println(IntStream.of(4, 2, 7).max().getAsInt());
        System.out.println(Arrays.stream(new int[] {3, 1, 2}).min().orElse(-1));
        System.out.println(IntStream.range(0, 0).max().orElse(-1));
        words.stream().sorted(Comparator.comparing(String::length)).forEach(System.out::println);
        Stream.of("a", "b", "c").filter(s -> { System.out.println("filter " + s); return !s.equals("b"); })
            .map(s -> { System.out.println("map " + s); return s + s; })
            .forEach(s -> System.out.println("got " + s));
        System.out.println(Stream.of(1, 2, 3, 4, 5).peek(x -> System.out.println("peek " + x)).anyMatch(x -> x > 2));
        List<Card> cards = List.of(new Card("ace", "spades", 11), new Card("two", "hearts", 2), new Card("king", "spades", 10));
        Map<String, List<Card>> bySuit = cards.stream().collect(Collectors.groupingBy(Card::suit));
        System.out.println(bySuit);
        Map<String, Long> counts = cards.stream().collect(Collectors.groupingBy(Card::suit, Collectors.counting()));
        System.out.println(counts);
        System.out.println(cards.stream().mapToInt(Card::cost).sum());
        System.out.println(cards.stream().map(Card::name).collect(Collectors.joining("|", "[", "]")));
        Optional<Card> cheap = cards.stream().filter(c -> c.cost() < 5).findFirst();
        System.out.println(cheap.isPresent() + " " + cheap.get().name());
        System.out.println(cards.stream().filter(c -> c.cost() > 50).findFirst());
        System.out.println(IntStream.rangeClosed(1, 5).boxed().collect(Collectors.toList()));
        System.out.println(Stream.iterate(1, x -> x * 2).limit(6).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().skip(1).limit(2).toList());
        String s = IntStream.range(0, 4).mapToObj(i -> "#" + i).collect(Collectors.joining());
        System.out.println(s);
        System.out.println(Optional.empty().isPresent());
        System.out.println(IntStream.range(0, 0).max().getAsInt());
    }
}
// expect: [8, 2]
// expect: 28
// expect: 10 55
// expect: [4, 3, 6, 4, 5]
// expect: APPLE, BANANA, FIG, KIWI, PEAR
// expect: 4
// expect: 28
// expect: 9
// expect: 7
// expect: 1
// expect: -1
// expect: fig
// expect: pear
// expect: kiwi
// expect: apple
// expect: banana
// expect: filter a
// expect: map a
// expect: got aa
// expect: filter b
// expect: filter c
// expect: map c
// expect: got cc
// expect: peek 1
// expect: peek 2
// expect: peek 3
// expect: true
// expect: {hearts=[Card[name=two, suit=hearts, cost=2]], spades=[Card[name=ace, suit=spades, cost=11], Card[name=king, suit=spades, cost=10]]}
// expect: {hearts=1, spades=2}
// expect: 23
// expect: [ace|two|king]
// expect: true two
// expect: Optional.empty
// expect: [1, 2, 3, 4, 5]
// expect: [1, 2, 4, 8, 16, 32]
// expect: [fig, banana]
// expect: #0#1#2#3
// expect: false
// expect runtime error: trap 4
// expect stderr: at Main.main(streams_basics.java:44)
// expect exit: 1
