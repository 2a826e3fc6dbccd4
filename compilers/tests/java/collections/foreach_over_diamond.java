import java.util.*;

// An enhanced for over a diamond (`for (String w : new TreeSet<>(words))`) has no target type: the
// diamond's type arguments come from the constructor's argument, as for a call's receiver.
public class Main {
    public static void main(String[] args) {
        Map<String, Integer> stock = new HashMap<>();
        String[] fruit = {"pear", "apple", "fig", "apple", "kiwi", "pear", "apple"};
        for (String f : fruit) {
            stock.merge(f, 1, Integer::sum);
        }
        for (String name : new TreeSet<>(stock.keySet())) {
            System.out.print(name.toUpperCase() + " ");
        }
        System.out.println();
        for (Map.Entry<String, Integer> e : new TreeMap<>(stock).entrySet()) {
            System.out.println(e.getKey() + " x" + e.getValue());
        }
        int total = 0;
        for (int n : new ArrayList<>(stock.values())) {
            total += n;
        }
        for (String name : new ArrayList<>(stock.keySet())) {
            if (name.length() == 3) {
                stock.remove(name);
            }
        }
        for (var e : new TreeMap<>(stock).descendingMap().entrySet()) {
            System.out.print(e.getKey().charAt(0) + "=" + e.getValue() + " ");
        }
        System.out.println(total);
    }
}
// expect: APPLE FIG KIWI PEAR 
// expect: apple x3
// expect: fig x1
// expect: kiwi x1
// expect: pear x2
// expect: p=2 k=1 a=3 7
