// Expected output: java 17's (java collections_utilities.java).
import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(List.of("Mallory", "alice", "Bob", "eve", "Trent"));
        Collections.sort(names);
        System.out.println(names);
        Collections.sort(names, String.CASE_INSENSITIVE_ORDER);
        System.out.println(names);
        Collections.reverse(names);
        System.out.println(names + " max=" + Collections.max(names) + " min=" + Collections.min(names));
        System.out.println(Collections.max(names, Comparator.comparing(String::length)));
        List<String> ro = Collections.unmodifiableList(names);
        try { ro.add("x"); } catch (UnsupportedOperationException e) { System.out.println("read-only: " + e.getMessage()); }
        List<Integer> fixed = List.of(1, 2, 3);
        try { fixed.set(0, 9); } catch (UnsupportedOperationException e) { System.out.println("immutable " + e); }
        List<Integer> nums = new ArrayList<>(List.of(4, 1, 3, 1, 5, 9, 2, 6));
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println(nums + " freq(1)=" + Collections.frequency(nums, 1));
        Collections.swap(nums, 0, nums.size() - 1);
        System.out.println(nums);
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyList());
        List<Integer> sorted = new ArrayList<>(nums);
        Collections.sort(sorted);
        System.out.println(Collections.binarySearch(sorted, 5) + " " + Collections.binarySearch(sorted, 7));
        try { List.of(1, null); } catch (NullPointerException e) { System.out.println("NPE in List.of"); }
        System.out.println(List.of(1, 2).equals(Arrays.asList(1, 2)));
    }
}

// expect: [Bob, Mallory, Trent, alice, eve]
// expect: [alice, Bob, eve, Mallory, Trent]
// expect: [Trent, Mallory, eve, Bob, alice] max=eve min=Bob
// expect: Mallory
// expect: read-only: null
// expect: immutable java.lang.UnsupportedOperationException
// expect: [9, 6, 5, 4, 3, 2, 1, 1] freq(1)=2
// expect: [1, 6, 5, 4, 3, 2, 1, 9]
// expect: [ab, ab, ab] []
// expect: 5 -8
// expect: NPE in List.of
// expect: true
