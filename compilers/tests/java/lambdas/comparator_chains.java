import java.util.*;

public class Main {
    record Card(String name, int cost) {}

    public static void main(String[] args) {
        List<Card> cards = new ArrayList<>(List.of(new Card("b", 3), new Card("a", 5), new Card("c", 3)));
        cards.sort(Comparator.comparing(Card::name).reversed());
        System.out.println(cards);
        cards.sort(Comparator.comparingInt(Card::cost).thenComparing(Card::name));
        System.out.println(cards);
        cards.sort(Comparator.comparingInt(Card::cost).reversed().thenComparing(Card::name));
        System.out.println(cards);
        cards.sort(Comparator.comparing((Card c) -> c.cost())
                .thenComparing(Comparator.comparing(Card::name).reversed()));
        System.out.println(cards);
        Comparator<Card> byName = Comparator.comparing(Card::name);
        cards.sort(byName.thenComparingInt(Card::cost));
        System.out.println(cards);
        cards.sort(Comparator.comparing(Card::cost, Comparator.reverseOrder()));
        System.out.println(cards);
        System.out.println(Collections.max(cards, Comparator.comparingInt(Card::cost)));
        System.out.println(Collections.min(cards, Comparator.comparing(Card::name).reversed()));
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "banana", "apple", "date"));
        words.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        words.sort(Comparator.comparingInt(String::length).reversed());
        System.out.println(words);
    }
}
// expect: [Card[name=c, cost=3], Card[name=b, cost=3], Card[name=a, cost=5]]
// expect: [Card[name=b, cost=3], Card[name=c, cost=3], Card[name=a, cost=5]]
// expect: [Card[name=a, cost=5], Card[name=b, cost=3], Card[name=c, cost=3]]
// expect: [Card[name=c, cost=3], Card[name=b, cost=3], Card[name=a, cost=5]]
// expect: [Card[name=a, cost=5], Card[name=b, cost=3], Card[name=c, cost=3]]
// expect: [Card[name=a, cost=5], Card[name=b, cost=3], Card[name=c, cost=3]]
// expect: Card[name=a, cost=5]
// expect: Card[name=c, cost=3]
// expect: [fig, kiwi, date, apple, banana]
// expect: [banana, apple, kiwi, date, fig]
