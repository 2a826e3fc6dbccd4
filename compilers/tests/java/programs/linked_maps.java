import java.util.*;
public class Main {
    public static void main(String[] args) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog the end".split(" ")) m.merge(w, 1, Integer::sum);
        System.out.println(m);
        m.remove("fox"); m.put("fox", 9); m.remove("the");
        System.out.println(m + " " + m.size() + " " + m.keySet() + " " + m.values());
        Map<String, Integer> copy = new HashMap<>(m);
        System.out.println(copy);
        Set<Character> seen = new LinkedHashSet<>();
        for (char c : "mississippi".toCharArray()) seen.add(c);
        System.out.println(seen);
        Map<Integer, String> big = new HashMap<>();
        for (int i = 0; i < 20; i++) big.put(i * 37, "v" + i);
        System.out.println(new HashMap<>(big));
        TreeMap<String, Integer> t = new TreeMap<>(m);
        System.out.println(t);
    }
}
// expect: {the=3, quick=1, brown=1, fox=1, jumps=1, over=1, lazy=1, dog=1, end=1}
// expect: {quick=1, brown=1, jumps=1, over=1, lazy=1, dog=1, end=1, fox=9} 8 [quick, brown, jumps, over, lazy, dog, end, fox] [1, 1, 1, 1, 1, 1, 1, 9]
// expect: {over=1, quick=1, lazy=1, jumps=1, end=1, brown=1, dog=1, fox=9}
// expect: [m, i, s, p]
// expect: {0=v0, 481=v13, 259=v7, 37=v1, 518=v14, 296=v8, 74=v2, 555=v15, 333=v9, 111=v3, 592=v16, 370=v10, 148=v4, 629=v17, 407=v11, 185=v5, 666=v18, 444=v12, 222=v6, 703=v19}
// expect: {brown=1, dog=1, end=1, fox=9, jumps=1, lazy=1, over=1, quick=1}
