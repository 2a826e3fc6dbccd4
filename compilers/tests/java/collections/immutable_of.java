import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class Main {
    public static void main(String[] args) {
        List<Integer> list = List.of(3, 1, 2);
        try {
            list.add(4);
        } catch (UnsupportedOperationException e) {
            System.out.println("List.of add: " + e);
        }
        Map<String, Integer> roman = Map.of("I", 1, "V", 5, "X", 10, "L", 50, "C", 100, "D", 500, "M", 1000);
        int total = 0;
        String numeral = "MCMXCIV";
        for (int i = 0; i < numeral.length(); i++) {
            int v = roman.get(numeral.substring(i, i + 1));
            boolean less = i + 1 < numeral.length() && v < roman.get(numeral.substring(i + 1, i + 2));
            total += less ? -v : v;
        }
        System.out.println(numeral + " = " + total + ", " + roman.size() + " numerals, has Q: " + roman.containsKey("Q"));
        System.out.println(new TreeMap<>(roman));
        try {
            roman.put("Q", 0);
        } catch (UnsupportedOperationException e) {
            System.out.println("Map.of put: " + e);
        }
        try {
            roman.merge("I", 1, Integer::sum);
        } catch (UnsupportedOperationException e) {
            System.out.println("Map.of merge: " + e.getMessage());
        }
        Set<String> vowels = Set.of("a", "e", "i", "o", "u");
        int count = 0;
        for (char c : "analytical engine".toCharArray()) {
            if (vowels.contains(String.valueOf(c))) {
                count++;
            }
        }
        System.out.println(count + " vowels of " + vowels.size() + ", sorted " + new TreeSet<>(vowels));
        try {
            vowels.remove("a");
        } catch (UnsupportedOperationException e) {
            System.out.println("Set.of remove: " + e);
        }
        try {
            Set.of(1, 2, 1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Map.of("k", 1, "k", 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        List<String> copy = new ArrayList<>(Set.of("x"));
        System.out.println(copy + " " + Map.of().isEmpty() + " " + Set.of().size());
        copy.add("x");
        List<String> frozen = List.copyOf(copy);
        copy.add("y");
        Set<String> once = Set.copyOf(copy);
        Map<String, Integer> snapshot = Map.copyOf(new TreeMap<>(Map.of("a", 1)));
        System.out.println(frozen + " " + new TreeSet<>(once) + " " + snapshot);
        try {
            frozen.set(0, "z");
        } catch (UnsupportedOperationException e) {
            System.out.println("List.copyOf set: " + e);
        }
        // java's classes by size: ImmutableCollections$List12 (one or two), $ListN, $Set12, $SetN, $Map1, $MapN
        Object[] made = {List.of(), List.of(1), List.of(1, 2), List.of(1, 2, 3), frozen, Set.of(), Set.of("a"),
            Set.of("a", "b"), Set.of("a", "b", "c"), once, Map.of(), Map.of("k", 1), Map.of("k", 1, "j", 2), snapshot};
        StringBuilder names = new StringBuilder();
        for (Object o : made) {
            names.append(o.getClass().getSimpleName()).append(' ');
        }
        System.out.println(names + List.of(7).getClass().getName());
    }
}
// expect: List.of add: java.lang.UnsupportedOperationException
// expect: MCMXCIV = 1994, 7 numerals, has Q: false
// expect: {C=100, D=500, I=1, L=50, M=1000, V=5, X=10}
// expect: Map.of put: java.lang.UnsupportedOperationException
// expect: Map.of merge: null
// expect: 7 vowels of 5, sorted [a, e, i, o, u]
// expect: Set.of remove: java.lang.UnsupportedOperationException
// expect: duplicate element: 1
// expect: duplicate key: k
// expect: [x] true 0
// expect: [x, x] [x, y] {a=1}
// expect: List.copyOf set: java.lang.UnsupportedOperationException
// expect: ListN List12 List12 ListN List12 SetN Set12 Set12 SetN Set12 MapN Map1 MapN Map1 java.util.ImmutableCollections$List12
