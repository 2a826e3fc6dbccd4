import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> fixed = List.of("a", "b", "c");
        System.out.println(fixed + " " + fixed.size() + " " + fixed.contains("b"));
        Iterator<String> it = fixed.iterator();
        it.next();
        it.next();
        it.next();
        System.out.println(it.hasNext());
        try {
            it.next();
        } catch (NoSuchElementException e) {
            System.out.println("done iterating");
        }
        int[] nums = {9, 4, 7, 1};
        Arrays.sort(nums);
        System.out.println(Arrays.toString(nums));
        int[] filled = new int[4];
        Arrays.fill(filled, 7);
        System.out.println(Arrays.toString(filled) + " " + Arrays.equals(filled, new int[] {7, 7, 7, 7}));
        String[] names = {"Lovelace", "Babbage", "Menabrea"};
        Arrays.sort(names);
        System.out.println(Arrays.toString(names));
        fixed.add("d");
    }
}
// expect: [a, b, c] 3 true
// expect: false
// expect: done iterating
// expect: [1, 4, 7, 9]
// expect: [7, 7, 7, 7] true
// expect: [Babbage, Lovelace, Menabrea]
// expect runtime error: trap 4
// expect stderr: at Main.main(immutable_and_iterators.java:26)
