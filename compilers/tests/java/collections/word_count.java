import java.util.*;

public class Main {
    public static void main(String[] args) {
        String text = "the engine weaves algebraic patterns just as the jacquard loom weaves flowers and leaves "
            + "the engine might act upon other things besides number";
        Map<String, Integer> counts = new HashMap<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == ' ') {
                if (word.length() > 0) {
                    String w = word.toString();
                    counts.put(w, counts.getOrDefault(w, 0) + 1);
                    word = new StringBuilder();
                }
            } else {
                word.append(c);
            }
        }
        System.out.println(counts.size() + " distinct");
        System.out.println(counts);
        List<String> keys = new ArrayList<>(counts.keySet());
        Collections.sort(keys);
        for (String k : keys) {
            if (counts.get(k) > 1) {
                System.out.println(k + " " + counts.get(k));
            }
        }
        Iterator<Integer> it = counts.values().iterator();
        int total = 0;
        while (it.hasNext()) {
            total += it.next();
        }
        System.out.println("total " + total);
    }
}
// expect: 19 distinct
// expect: {algebraic=1, flowers=1, other=1, might=1, patterns=1, upon=1, the=3, number=1, as=1, loom=1, act=1, jacquard=1, leaves=1, engine=2, and=1, things=1, besides=1, weaves=2, just=1}
// expect: engine 2
// expect: the 3
// expect: weaves 2
// expect: total 23
