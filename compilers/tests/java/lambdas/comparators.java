import java.util.*;
import java.util.function.*;

public class Main {
    record Card(String name, int cost) {}

    static List<Integer> map(List<Integer> xs, Function<Integer, Integer> f) {
        List<Integer> out = new ArrayList<>();
        for (int x : xs) {
            out.add(f.apply(x));
        }
        return out;
    }

    static <T> List<T> filter(List<T> xs, Predicate<T> keep) {
        List<T> out = new ArrayList<>();
        for (T x : xs) {
            if (keep.test(x)) {
                out.add(x);
            }
        }
        return out;
    }

    static int fold(int[] xs, int start, IntBinaryOperator op) {
        int acc = start;
        for (int x : xs) {
            acc = op.applyAsInt(acc, x);
        }
        return acc;
    }

    static Function<Integer, Integer> adder(int n) {
        return x -> x + n;
    }

    public static void main(String[] args) {
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("multiply", 10));
        cards.add(new Card("add", 1));
        cards.add(new Card("divide", 10));
        cards.add(new Card("subtract", 1));
        cards.sort((a, b) -> a.cost() != b.cost() ? Integer.compare(a.cost(), b.cost()) : a.name().compareTo(b.name()));
        System.out.println(cards);
        cards.sort((a, b) -> b.name().length() - a.name().length());
        for (Card c : cards) {
            System.out.print(c.name() + " ");
        }
        System.out.println();
        List<Integer> xs = List.of(1, 2, 3, 4, 5, 6);
        System.out.println(map(xs, x -> x * x) + " " + filter(xs, x -> x % 2 == 0) + " " + map(xs, adder(10)));
        System.out.println(fold(new int[] {1, 2, 3, 4, 5}, 0, (a, b) -> a + b) + " " + fold(new int[] {1, 2, 3, 4, 5}, 1, (a, b) -> a * b));
        Function<Integer, Function<Integer, Integer>> curried = a -> b -> a * 10 + b;
        System.out.println(curried.apply(4).apply(2));
        TreeMap<String, Integer> byLength = new TreeMap<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
        for (String w : List.of("engine", "mill", "store", "card", "barrel")) {
            byLength.put(w, w.length());
        }
        System.out.println(byLength);
        List<String> words = new ArrayList<>(List.of("b", "a", "c"));
        words.sort(Comparator.naturalOrder());
        System.out.println(words);
        cards.sort(Comparator.comparingInt(Card::cost));
        System.out.println(cards.get(0).cost() + " " + cards.get(3).cost());
        cards.sort(Comparator.comparing(Card::name));
        System.out.println(cards.get(0).name());
    }
}
// expect: [Card[name=add, cost=1], Card[name=subtract, cost=1], Card[name=divide, cost=10], Card[name=multiply, cost=10]]
// expect: subtract multiply divide add 
// expect: [1, 4, 9, 16, 25, 36] [2, 4, 6] [11, 12, 13, 14, 15, 16]
// expect: 15 120
// expect: 42
// expect: {card=4, mill=4, store=5, barrel=6, engine=6}
// expect: [a, b, c]
// expect: 1 10
// expect: add
