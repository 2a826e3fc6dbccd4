import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Integer> xs = new ArrayList<>(List.of(4, -9, 7));
        Map<Character, Integer> m = new TreeMap<>();
        m.put('z', 26);
        int best = Integer.MIN_VALUE;
        for (int i = 0; i < xs.size(); i++) {
            best = Math.max(best, xs.get(i));
        }
        System.out.println(best + " " + Math.abs(xs.get(1)) + " " + Character.isLetter(m.keySet().iterator().next()));
        System.out.printf("%d|%5d|%c|%s%n", xs.get(0), m.get('z'), m.keySet().iterator().next(), xs.get(2));
        System.out.println(String.format("%-4d|", xs.get(1)) + String.valueOf(xs.get(0)) + " " + Integer.max(xs.get(0), xs.get(2)));
        Integer missing = m.get('q');
        System.out.printf("%s %b%n", missing, missing == null);
        Boolean no = false, unknown = null;
        System.out.printf("%b %b %b %b%n", no, unknown, Boolean.valueOf(true) == null, "text");
    }
}
// expect: 7 9 true
// expect: 4|   26|z|7
// expect: -9  |4 7
// expect: null true
// expect: false false false true
