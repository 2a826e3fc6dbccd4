// A diamond passed directly as an argument takes its type arguments from the parameter: of a generic
// method (inferred from the other arguments or the result's target), of a constructor, of a plain method.
import java.util.*;

public class Main {
    static <T> List<T> fill(List<T> into, T value, int times) {
        for (int i = 0; i < times; i++) {
            into.add(value);
        }
        return into;
    }

    static <K, V> Map<K, V> pair(Map<K, V> into, K key, V value) {
        into.put(key, value);
        return into;
    }

    static <T> int count(Collection<T> xs) {
        return xs.size();
    }

    static int total(Map<String, Integer> m) {
        int sum = 0;
        for (int v : m.values()) {
            sum += v;
        }
        return sum;
    }

    static class Box<T> {
        final List<T> items;

        Box(List<T> items) {
            this.items = items;
        }
    }

    public static void main(String[] args) {
        List<String> words = fill(new ArrayList<>(), "ha", 3);
        System.out.println(words + " " + String.join("", words));
        List<Integer> ones = fill(new LinkedList<>(), 1, 2);
        int sum = 0;
        for (int x : ones) {
            sum += x;
        }
        System.out.println(ones + " " + sum);
        Map<String, Integer> ages = pair(new TreeMap<>(), "ann", 31);
        ages.put("bob", 27);
        System.out.println(ages + " " + total(ages) + " " + total(new HashMap<>()));
        System.out.println(count(new ArrayList<>()) + " " + count(new HashSet<>(List.of(1, 2, 2))));
        Box<Double> box = new Box<>(new ArrayList<>());
        box.items.add(2.5);
        System.out.println(box.items.get(0) * 2);
        List<List<Integer>> rows = new ArrayList<>();
        rows.add(new ArrayList<>());
        rows.get(0).add(7);
        System.out.println(rows);
    }
}
// expect: [ha, ha, ha] hahaha
// expect: [1, 1] 2
// expect: {ann=31, bob=27} 58 0
// expect: 0 2
// expect: 5.0
// expect: [[7]]
