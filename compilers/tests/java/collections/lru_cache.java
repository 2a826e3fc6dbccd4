// Checked against OpenJDK 17 (java Main.java).
// An access-ordered LinkedHashMap (an entry read or put again moves to the end) and removeEldestEntry,
// asked after each new key: the LRU cache of the textbooks, and a map of the last two words.
import java.util.*;

public class Main {
    static class LRUCache<K, V> extends LinkedHashMap<K, V> {
        private final int capacity;
        LRUCache(int capacity) {
            super(capacity, 0.75f, true);
            this.capacity = capacity;
        }
        @Override
        protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean full = size() > capacity;
            if (full) System.out.println("evict " + eldest.getKey() + "=" + eldest.getValue());
            return full;
        }
    }
    public static void main(String[] args) {
        LRUCache<Integer, String> cache = new LRUCache<>(3);
        cache.put(1, "one"); cache.put(2, "two"); cache.put(3, "three");
        System.out.println(cache + " " + cache.get(1));
        cache.put(4, "four");
        System.out.println(cache);
        cache.put(3, "THREE");
        System.out.println(cache.keySet() + " " + cache.getOrDefault(4, "-") + " " + cache.getOrDefault(9, "-") + " " + cache);
        cache.putIfAbsent(1, "uno");
        cache.merge(5, "five", String::concat);
        cache.compute(3, (k, v) -> v + "!");
        cache.computeIfAbsent(6, k -> "six");
        System.out.println(cache + " " + cache.size() + " " + cache.containsKey(3));
        Map<String, Integer> recent = new LinkedHashMap<>() {
            @Override protected boolean removeEldestEntry(Map.Entry<String, Integer> e) { return size() > 2; }
        };
        for (String w : "a b a c b d".split(" ")) recent.merge(w, 1, Integer::sum);
        System.out.println(recent);
        LinkedHashMap<String, Integer> plain = new LinkedHashMap<>(8, 0.5f);
        plain.put("x", 1); plain.put("y", 2); plain.get("x"); plain.put("x", 3);
        System.out.println(plain);
        try {
            for (Integer k : cache.keySet()) cache.get(3);
        } catch (ConcurrentModificationException e) {
            System.out.println("CME");
        }
        new LinkedHashMap<String, String>(4, 0f, true);
    }
}
// expect: {1=one, 2=two, 3=three} one
// expect: evict 2=two
// expect: {3=three, 1=one, 4=four}
// expect: [1, 4, 3] four - {1=one, 3=THREE, 4=four}
// expect: evict 3=THREE
// expect: evict 4=four
// expect: evict 1=one
// expect: {5=five, 3=null!, 6=six} 3 true
// expect: {c=1, d=1}
// expect: {x=3, y=2}
// expect: CME
// expect runtime error: trap 4
// expect stderr: at Main.main(lru_cache.java:46)
// expect exit: 1
