// A HashMap, TreeMap, HashSet, TreeSet or LinkedList changed while a loop iterates over it (other than
// through the iterator) throws ConcurrentModificationException at the iterator's next next(), as java's
// do; a change to a value, or one made while the last element is being visited, goes unnoticed.
import java.util.*;

public class Main {
    static String attempt(String what, Runnable action) {
        try {
            action.run();
            return what + ": ok";
        } catch (ConcurrentModificationException e) {
            return what + ": " + e;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> stock = new HashMap<>();
        stock.put("apple", 3);
        stock.put("pear", 0);
        stock.put("plum", 5);
        System.out.println(attempt("hash put new", () -> {
            for (String k : stock.keySet()) {
                stock.put(k + "!", 1);
            }
        }));
        System.out.println(stock.size());
        System.out.println(attempt("hash put same", () -> {
            for (String k : stock.keySet()) {
                stock.put(k, stock.get(k) + 1);
            }
        }));
        System.out.println(attempt("hash iterator remove", () -> {
            Iterator<Map.Entry<String, Integer>> it = stock.entrySet().iterator();
            while (it.hasNext()) {
                if (it.next().getKey().endsWith("!")) {
                    it.remove();
                }
            }
        }));
        System.out.println(new TreeMap<>(stock));
        System.out.println(attempt("hash values remove", () -> {
            for (int v : stock.values()) {
                if (v == 1) {
                    stock.remove("pear");
                }
            }
        }));

        TreeMap<Integer, String> ranks = new TreeMap<>(Map.of(1, "gold", 2, "silver", 3, "bronze"));
        System.out.println(attempt("tree remove", () -> {
            for (int k : ranks.keySet()) {
                if (k == 1) {
                    ranks.remove(2);
                }
            }
        }));
        System.out.println(attempt("tree remove at last", () -> {
            for (Map.Entry<Integer, String> e : ranks.entrySet()) {
                if (e.getKey() == 3) {
                    ranks.remove(3);
                }
            }
        }));
        System.out.println(attempt("tree set value", () -> {
            for (Map.Entry<Integer, String> e : ranks.entrySet()) {
                ranks.put(e.getKey(), e.getValue().toUpperCase());
            }
        }));
        System.out.println(ranks);

        Set<Integer> seen = new HashSet<>(List.of(4, 8, 15));
        System.out.println(attempt("hash set add", () -> {
            for (int x : seen) {
                seen.add(x * 100);
            }
        }));
        TreeSet<String> names = new TreeSet<>(List.of("ada", "bob", "cy"));
        System.out.println(attempt("tree set remove", () -> {
            for (String n : names) {
                if (n.startsWith("a")) {
                    names.remove("cy");
                }
            }
        }));
        System.out.println(names);

        LinkedList<Integer> queue = new LinkedList<>(List.of(1, 2, 3, 4));
        System.out.println(attempt("linked add", () -> {
            for (int x : queue) {
                if (x == 2) {
                    queue.addFirst(0);
                }
            }
        }));
        System.out.println(attempt("linked iterator remove", () -> {
            Iterator<Integer> it = queue.iterator();
            while (it.hasNext()) {
                if (it.next() % 2 == 0) {
                    it.remove();
                }
            }
        }));
        System.out.println(queue);
        System.out.println(attempt("linked remove at last", () -> {
            for (int x : queue) {
                if (x == 3) {
                    queue.removeLast();
                }
            }
        }));
        System.out.println(queue);

        Map<String, List<String>> groups = new HashMap<>();
        groups.put("a", new ArrayList<>(List.of("ant")));
        groups.put("b", new ArrayList<>(List.of("bee")));
        for (String key : groups.keySet()) {
            groups.put(key.toUpperCase(), groups.get(key));
        }
        System.out.println("unreachable");
    }
}
// expect: hash put new: java.util.ConcurrentModificationException
// expect: 4
// expect: hash put same: ok
// expect: hash iterator remove: ok
// expect: {apple=4, pear=1, plum=6}
// expect: hash values remove: ok
// expect: tree remove: java.util.ConcurrentModificationException
// expect: tree remove at last: ok
// expect: tree set value: ok
// expect: {1=GOLD}
// expect: hash set add: java.util.ConcurrentModificationException
// expect: tree set remove: java.util.ConcurrentModificationException
// expect: [ada, bob]
// expect: linked add: java.util.ConcurrentModificationException
// expect: linked iterator remove: ok
// expect: [1, 3]
// expect: linked remove at last: ok
// expect: [1]
// expect runtime error: trap 4
// expect stderr: at Main.main(concurrent_modification_maps.java:116)
// expect exit: 1
