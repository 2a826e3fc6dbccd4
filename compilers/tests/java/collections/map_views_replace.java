import java.util.*;

// Checked against OpenJDK 17 (java Main.java): Map.replaceAll, Collections.unmodifiableMap (a view
// that refuses changes) and remove through a map's keySet(), values() and entrySet().
public class Main {
    public static void main(String[] args) {
        // Put one by one: a HashMap made from Map.of takes Map.of's order, which java salts on every run.
        Map<String, Integer> prices = new HashMap<>();
        prices.put("tea", 3); prices.put("cake", 5); prices.put("soup", 4); prices.put("bread", 2);
        prices.replaceAll((item, p) -> item.length() > 3 ? p * 2 : p + 1);
        System.out.println(prices);
        System.out.println(prices.values().remove(10) + " " + prices.values().remove(99) + " " + prices);
        System.out.println(prices.keySet().remove("tea") + " " + prices.keySet().remove("tea") + " " + prices);
        System.out.println(prices.entrySet().remove(Map.entry("soup", 8)) + " " + prices.entrySet().remove(Map.entry("bread", 1)) + " " + prices);
        TreeMap<String, Integer> stock = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        stock.replaceAll((k, v) -> v * v);
        System.out.println(stock + " " + stock.values().remove(4) + " " + stock);
        LinkedHashMap<Integer, String> lru = new LinkedHashMap<>(8, 0.75f, true);
        lru.put(1, "one"); lru.put(2, "two"); lru.put(3, "three");
        lru.get(1);
        lru.replaceAll((k, v) -> v.toUpperCase());
        System.out.println(lru);
        Map<String, Integer> view = Collections.unmodifiableMap(stock);
        stock.put("d", 16);
        System.out.println(view + " " + view.get("d") + " " + view.size() + " " + view.containsKey("a") + " " + view.getOrDefault("z", -1) + " " + view.keySet() + " " + view.equals(stock));
        String[] attempts = {"put", "remove", "merge", "replaceAll", "of"};
        for (String what : attempts) {
            try {
                switch (what) {
                    case "put" -> view.put("e", 1);
                    case "remove" -> view.remove("a");
                    case "merge" -> view.merge("a", 1, Integer::sum);
                    case "replaceAll" -> view.replaceAll((k, v) -> v);
                    default -> Map.of("k", 1).replaceAll((k, v) -> v + 1);
                }
                System.out.println(what + " allowed");
            } catch (UnsupportedOperationException e) {
                System.out.println(what + " refused");
            }
        }
    }
}
// expect: {tea=4, soup=8, bread=4, cake=10}
// expect: true false {tea=4, soup=8, bread=4}
// expect: true false {soup=8, bread=4}
// expect: true false {bread=4}
// expect: {a=1, b=4, c=9} true {a=1, c=9}
// expect: {2=TWO, 3=THREE, 1=ONE}
// expect: {a=1, c=9, d=16} 16 3 true -1 [a, c, d] true
// expect: put refused
// expect: remove refused
// expect: merge refused
// expect: replaceAll refused
// expect: of refused
