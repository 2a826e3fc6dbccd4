import java.util.*;

public class Main {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        String[] words = {"the", "quick", "brown", "fox", "jumps", "over", "lazy", "dog", "analytical",
            "engine", "mill", "store", "card", "barrel", "difference", "lovelace", "babbage", "note"};
        for (int i = 0; i < words.length; i++) {
            m.put(words[i], i);
        }
        System.out.println(m);
        System.out.println(m.size() + " " + m.containsKey("fox") + " " + m.containsKey("cat") + " " + m.get("mill"));
        m.remove("fox");
        m.put("the", 100);
        System.out.println(m.keySet());
        System.out.println(m.values());
        Map<Integer, String> byNumber = new HashMap<>();
        for (int i = 0; i < 40; i += 3) {
            byNumber.put(i * 37 - 200, "v" + i);
        }
        System.out.println(byNumber);
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            seen.add((i * 7919) % 101);
        }
        System.out.println(seen + " " + seen.size() + " " + seen.contains(0));
        Set<String> letters = new HashSet<>(Arrays.asList(new String[] {"z", "a", "m", "b", "y"}));
        letters.remove("m");
        System.out.println(letters + " " + letters.hashCode());
        Map<Character, Integer> freq = new HashMap<>();
        for (char c : "mississippi".toCharArray()) {
            freq.put(c, freq.getOrDefault(c, 0) + 1);
        }
        System.out.println(freq);
        Map<Long, Boolean> flags = new HashMap<>();
        flags.put(1L << 40, true);
        flags.put(-7L, false);
        flags.putIfAbsent(-7L, true);
        System.out.println(flags + " " + flags.hashCode());
    }
}
// expect: {over=5, barrel=13, note=17, quick=1, analytical=8, lazy=6, jumps=4, store=11, brown=2, fox=3, mill=10, the=0, engine=9, difference=14, lovelace=15, babbage=16, dog=7, card=12}
// expect: 18 true false 10
// expect: [over, barrel, note, quick, analytical, lazy, jumps, store, brown, mill, the, engine, difference, lovelace, babbage, dog, card]
// expect: [5, 13, 17, 1, 8, 6, 4, 11, 2, 10, 100, 9, 14, 15, 16, 7, 12]
// expect: {577=v21, 355=v15, 133=v9, -200=v0, 1132=v36, 910=v30, 688=v24, 466=v18, 244=v12, 22=v6, -89=v3, 1243=v39, 1021=v33, 799=v27}
// expect: [0, 66, 3, 69, 6, 72, 9, 75, 12, 78, 15, 82, 85, 22, 88, 25, 91, 28, 94, 31, 97, 34, 37, 41, 44, 47, 50, 53, 56, 63] 30 true
// expect: [a, b, y, z] 438
// expect: {p=2, s=4, i=4, m=1}
// expect: {1099511627776=true, -7=false} 2722
