import java.util.*;
import java.util.function.*;

public class Main {
    record Card(String name, int cost) {}

    public static void main(String[] args) {
        List<Card> cards = new ArrayList<>();
        cards.add(new Card("multiply", 10));
        cards.add(new Card("add", 1));
        cards.add(new Card("divide", 10));
        cards.add(new Card("subtract", 1));
        cards.add(new Card("negate", 3));
        Comparator<Card> byCost = Comparator.comparingInt(Card::cost);
        cards.sort(byCost.reversed());
        System.out.println(cards);
        Comparator<Card> byName = Comparator.comparing(Card::name);
        cards.sort(byCost.thenComparing(byName));
        System.out.println(cards);
        cards.sort(byCost.thenComparing(byName.reversed()));
        System.out.println(cards);
        Comparator<Card> byLength = (a, b) -> a.name().length() - b.name().length();
        cards.sort(byLength.thenComparingInt(Card::cost).reversed());
        System.out.println(cards);
        Comparator<Card> byNameDown = byName.reversed();
        cards.sort(byNameDown);
        System.out.println(cards);
        List<String> words = new ArrayList<>(List.of("pear", "fig", "apple", "kiwi", "date"));
        Comparator<String> natural = Comparator.naturalOrder();
        words.sort(natural.reversed());
        System.out.println(words);
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        words.sort(byLen.thenComparing(natural));
        System.out.println(words);
        TreeMap<String, Integer> m = new TreeMap<>(natural.reversed());
        for (String w : words) m.put(w, w.length());
        System.out.println(m);
        Comparator<String> r = natural.reversed().reversed();
        System.out.println(r.compare("a", "b") < 0);
        words.add(1, null);
        words.sort(Comparator.nullsLast(Comparator.reverseOrder()));
        System.out.println(words);
        words.sort(Comparator.nullsFirst(byLen));
        System.out.println(words);
        TreeMap<String, Integer> plain = new TreeMap<>();
        try {
            plain.put(null, 0);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(plain.get(null));
        } catch (NullPointerException e) {
            System.out.println("get(null): " + e.getMessage());
        }
    }
}
// expect: [Card[name=multiply, cost=10], Card[name=divide, cost=10], Card[name=negate, cost=3], Card[name=add, cost=1], Card[name=subtract, cost=1]]
// expect: [Card[name=add, cost=1], Card[name=subtract, cost=1], Card[name=negate, cost=3], Card[name=divide, cost=10], Card[name=multiply, cost=10]]
// expect: [Card[name=subtract, cost=1], Card[name=add, cost=1], Card[name=negate, cost=3], Card[name=multiply, cost=10], Card[name=divide, cost=10]]
// expect: [Card[name=multiply, cost=10], Card[name=subtract, cost=1], Card[name=divide, cost=10], Card[name=negate, cost=3], Card[name=add, cost=1]]
// expect: [Card[name=subtract, cost=1], Card[name=negate, cost=3], Card[name=multiply, cost=10], Card[name=divide, cost=10], Card[name=add, cost=1]]
// expect: [pear, kiwi, fig, date, apple]
// expect: [fig, date, kiwi, pear, apple]
// expect: {pear=4, kiwi=4, fig=3, date=4, apple=5}
// expect: true
// expect: [pear, kiwi, fig, date, apple, null]
// expect: [null, fig, pear, kiwi, date, apple]
// expect: Cannot invoke "java.lang.Comparable.compareTo(Object)" because "k1" is null
// expect: get(null): null
