import java.util.*;

// Arrays.sort of a range of an array of objects, in natural order or by a Comparator (stable, as
// java's), with java's checks of the range.
public class Main {
    record Card(char rank, char suit) {
        public String toString() {
            return "" + rank + suit;
        }
    }

    public static void main(String[] args) {
        String[] words = {"pear", "fig", "apple", "kiwi", "banana", "date"};
        Arrays.sort(words, 1, 5);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, 0, 6, Comparator.comparing(String::length));
        System.out.println(Arrays.toString(words));
        Card[] hand = {new Card('7', 'h'), new Card('K', 's'), new Card('2', 'c'), new Card('A', 'd'), new Card('T', 'h')};
        Arrays.sort(hand, 1, 4, Comparator.comparing(Card::suit));
        System.out.println(Arrays.toString(hand));
        Integer[] nums = {9, 8, 7, 6, 5};
        Arrays.sort(nums, 2, 2);
        Arrays.sort(nums, 0, 3, Collections.reverseOrder());
        Arrays.sort(nums, 3, 5);
        System.out.println(Arrays.toString(nums));
        try {
            Arrays.sort(nums, 3, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.sort(words, 2, 9, Comparator.naturalOrder());
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: [pear, apple, banana, fig, kiwi, date]
// expect: [fig, pear, kiwi, date, apple, banana]
// expect: [7h, 2c, Ad, Ks, Th]
// expect: [9, 8, 7, 5, 6]
// expect: fromIndex(3) > toIndex(1)
// expect: Array index out of range: 9
