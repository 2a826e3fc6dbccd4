import java.util.*;

public class Main {
    public static void main(String[] args) {
        String[] parts = "a b".split(" ");
        System.out.println(new ArrayList<>(Arrays.asList(parts)).get(1).toUpperCase());
        String first = new ArrayDeque<>(List.of("x", "y")).peekFirst();
        Iterator<String> it = new TreeSet<>(Set.of("q", "p")).iterator();
        System.out.println(first + it.next());
        System.out.println(new ArrayList<>(List.of("a", "b")).subList(0, 1) + " " + new ArrayList<>(List.of("abc")).get(0).length());
        int total = new HashMap<>(Map.of("k", 3)).get("k") + 1;
        System.out.println(total);
    }
}
// expect: B
// expect: xp
// expect: [a] 3
// expect: 4
