import java.util.*;

public class Main {
    public static void main(String[] args) {
        Map<String, Double> prices = new HashMap<>();
        prices.put("apple", 0.5);
        prices.put("banana", 0.25);
        prices.put("cherry", 3.0);
        prices.put("date", 1.75);
        prices.put("elderberry", 12.5);
        for (Map.Entry<String, Double> e : prices.entrySet()) {
            System.out.println(e.getKey() + " -> " + e.getValue());
        }
        prices.put("apple", prices.get("apple") * 2);
        System.out.println(prices);
        Map<Double, String> names = new HashMap<>();
        double[] keys = {0.1, 2.5, -3.75, 100.0, 1e-3, 0.0, -0.0, 42.42};
        for (double k : keys) {
            names.put(k, "k" + k);
        }
        System.out.println(names);
        Set<Double> set = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            set.add(i * 0.5);
        }
        System.out.println(set);
        Map<String, Double> sorted = new TreeMap<>(prices);
        System.out.println(sorted);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: banana -> 0.25
// expect: date -> 1.75
// expect: apple -> 0.5
// expect: cherry -> 3.0
// expect: elderberry -> 12.5
// expect: {banana=0.25, date=1.75, apple=1.0, cherry=3.0, elderberry=12.5}
// expect: {0.001=k0.001, 0.0=k0.0, -0.0=k-0.0, 0.1=k0.1, 2.5=k2.5, 100.0=k100.0, 42.42=k42.42, -3.75=k-3.75}
// expect: [0.0, 0.5, 1.0, 2.0, 4.0, 4.5, 2.5, 1.5, 3.0, 3.5]
// expect: {apple=1.0, banana=0.25, cherry=3.0, date=1.75, elderberry=12.5}
