import java.util.*;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        String text = "It was the best of times, it was the worst of times; "
                + "it was the age of wisdom, it was the age of foolishness.";
        Map<String, Integer> counts = new HashMap<>();
        for (String raw : text.split(" ")) {
            String word = raw.toLowerCase().replace(",", "").replace(";", "").replace(".", "");
            if (!word.isEmpty()) {
                counts.put(word, counts.getOrDefault(word, 0) + 1);
            }
        }
        System.out.println(counts);
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> b.getValue() != a.getValue().intValue()
                ? b.getValue() - a.getValue()
                : a.getKey().compareTo(b.getKey()));
        for (int i = 0; i < 3; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.println(e.getKey() + ": " + e.getValue());
        }
        String top = counts.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                .limit(2)
                .map(Map.Entry::getKey)
                .collect(Collectors.joining(", "));
        System.out.println(top);
        Map<Integer, List<String>> byLength = new TreeMap<>();
        for (String w : counts.keySet()) {
            byLength.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        }
        for (List<String> ws : byLength.values()) {
            Collections.sort(ws);
        }
        System.out.println(byLength);
        long distinctLetters = text.chars().filter(Character::isLetter).map(Character::toLowerCase).distinct().count();
        System.out.println(distinctLetters);
    }
}
// expect: {the=4, times=2, foolishness=1, of=4, was=4, best=1, worst=1, it=4, age=2, wisdom=1}
// expect: it: 4
// expect: of: 4
// expect: the: 4
// expect: the, of
// expect: {2=[it, of], 3=[age, the, was], 4=[best], 5=[times, worst], 6=[wisdom], 11=[foolishness]}
// expect: 16
