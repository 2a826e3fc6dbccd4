import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

public class Main {
    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        for (String w : "the cat and the hat and the bat".split(" ")) {
            counts.compute(w, (k, v) -> v == null ? 1 : v + 1);
        }
        System.out.println(counts);
        System.out.println(counts.computeIfPresent("the", (k, v) -> v * 10) + " " + counts.computeIfPresent("dog", (k, v) -> 1));
        counts.computeIfPresent("cat", (k, v) -> null);
        System.out.println(counts.compute("hat", (k, v) -> null) + " " + counts);
        counts.computeIfAbsent("owl", k -> k.length());
        counts.putIfAbsent("the", 0);
        counts.merge("and", 5, Integer::sum);
        System.out.println(counts.getOrDefault("emu", -1) + " " + counts);
        counts.entrySet().removeIf(e -> e.getValue() > 4);
        System.out.println(counts);
        Map<Character, Integer> letters = new TreeMap<>();
        for (char c : "engine".toCharArray()) {
            letters.compute(c, (k, v) -> v == null ? 1 : v + 1);
        }
        letters.computeIfPresent('n', (k, v) -> v + 100);
        System.out.println(letters);
        letters.entrySet().removeIf(e -> e.getKey() < 'f');
        letters.values().removeIf(v -> v > 100);
        counts.keySet().removeIf(k -> k.startsWith("o"));
        System.out.println(letters + " " + counts);
    }
}
// expect: {the=3, bat=1, and=2, cat=1, hat=1}
// expect: 30 null
// expect: null {the=30, bat=1, and=2}
// expect: -1 {the=30, bat=1, owl=3, and=7}
// expect: {bat=1, owl=3}
// expect: {e=2, g=1, i=1, n=102}
// expect: {g=1, i=1} {bat=1}
