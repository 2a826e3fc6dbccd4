import java.util.*;
import java.util.function.*;

public class Main {
    static <T> List<T> repeat(T x, int n) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(x);
        return out;
    }
    <T extends Comparable<T>> T biggest(List<T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }
    static <K, V> Map<V, K> invert(Map<K, V> m) {
        Map<V, K> out = new TreeMap<>();
        for (Map.Entry<K, V> e : m.entrySet()) out.put(e.getValue(), e.getKey());
        return out;
    }
    static <T, R> List<R> mapAll(List<T> xs, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) out.add(f.apply(x));
        return out;
    }
    static <T> void swap(T[] a, int i, int j) { T t = a[i]; a[i] = a[j]; a[j] = t; }
    public static void main(String[] args) {
        List<String> e = Collections.<String>emptyList();
        System.out.println(e.size());
        List<String> r = Main.<String>repeat("ab", 3);
        System.out.println(r);
        Main m = new Main();
        System.out.println(m.<Integer>biggest(Arrays.asList(3, 9, 2)));
        System.out.println(m.biggest(List.of("pear", "apple", "zoo")));
        Map<String, Integer> ages = new TreeMap<>();
        ages.put("ann", 30); ages.put("bob", 25);
        Map<Integer, String> inv = invert(ages);
        System.out.println(inv);
        List<Integer> lens = mapAll(List.of("a", "bbb", "cc"), String::length);
        System.out.println(lens);
        List<String> ups = Main.<String, String>mapAll(List.of("a", "b"), s -> s.toUpperCase());
        System.out.println(ups);
        Integer[] arr = {1, 2, 3};
        Main.<Integer>swap(arr, 0, 2);
        System.out.println(Arrays.toString(arr));
        List<Integer> empty = Collections.emptyList();
        System.out.println(empty.isEmpty());
        Map<String, List<Integer>> groups = new HashMap<>();
        groups.computeIfAbsent("a", k -> new ArrayList<>()).add(1);
        System.out.println(groups);
        System.out.println(m.<String>id("x"));
        System.out.println(m.callThis());
    }
    <T> T id(T x) { return x; }
    String callThis() { return this.<String>id("self"); }
}
// expect: 0
// expect: [ab, ab, ab]
// expect: 9
// expect: zoo
// expect: {25=bob, 30=ann}
// expect: [1, 3, 2]
// expect: [A, B]
// expect: [3, 2, 1]
// expect: true
// expect: {a=[1]}
// expect: x
// expect: self
