// Checked against OpenJDK 17 (java Main.java): Collectors.reducing with an identity (and a mapper),
// Stream.concat and IntStream.concat, and Iterable's default forEach on a program's own Iterable.
import java.util.*;
import java.util.stream.*;

public class Main {
    record Sale(String region, String item, int units, double price) {}

    static class Ledger implements Iterable<Sale> {
        private final List<Sale> sales = new ArrayList<>();
        void add(Sale s) { sales.add(s); }
        public Iterator<Sale> iterator() { return sales.iterator(); }
        void print() { forEach(s -> System.out.println("  " + s.item() + " x" + s.units())); }
    }

    public static void main(String[] args) {
        Ledger ledger = new Ledger();
        ledger.add(new Sale("north", "pen", 10, 1.5));
        ledger.add(new Sale("south", "ink", 3, 7.25));
        ledger.add(new Sale("north", "ink", 2, 7.0));
        ledger.add(new Sale("east", "pad", 0, 3.0));
        ledger.add(new Sale("south", "pen", 5, 1.25));
        ledger.print();
        List<Sale> sales = new ArrayList<>();
        ledger.forEach(sales::add);
        System.out.println(Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, x -> x * x, Integer::sum)));
        System.out.println(Stream.of(4, 9, 2).collect(Collectors.reducing(Integer.MIN_VALUE, Math::max)));
        System.out.println(Stream.<Integer>empty().collect(Collectors.reducing(7, Integer::sum)));
        Map<String, Integer> units = sales.stream()
            .collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.reducing(0, Sale::units, Integer::sum)));
        System.out.println(units);
        Map<String, Double> revenue = sales.stream()
            .collect(Collectors.groupingBy(Sale::item, TreeMap::new, Collectors.reducing(0.0, s -> s.units() * s.price(), Double::sum)));
        System.out.println(revenue);
        String items = Stream.concat(sales.stream().map(Sale::item), Stream.of("end"))
            .filter(s -> !s.equals("ink")).collect(Collectors.joining(","));
        System.out.println(items);
        System.out.println(Stream.concat(Stream.of(1, 2), Stream.of(3, 4)).limit(3).collect(Collectors.toList()));
        System.out.println(IntStream.concat(IntStream.range(0, 3), IntStream.of(9, 8)).sum() + " "
            + Arrays.toString(IntStream.concat(IntStream.empty(), IntStream.rangeClosed(5, 6)).toArray()));
    }
}
// expect:   pen x10
// expect:   ink x3
// expect:   ink x2
// expect:   pad x0
// expect:   pen x5
// expect: 30
// expect: 9
// expect: 7
// expect: {east=0, north=12, south=8}
// expect: {ink=35.75, pad=0.0, pen=21.25}
// expect: pen,pad,pen,end
// expect: [1, 2, 3]
// expect: 20 [5, 6]
