import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    enum Category { TOOLS, FOOD, TOYS }
    record Product(String sku, String name, Category cat, double price, int stock) {
        Product {
            Objects.requireNonNull(name);
            if (price < 0) throw new IllegalArgumentException("price < 0 for " + sku);
        }
        double value() { return price * stock; }
        Product restock(int n) { return new Product(sku, name, cat, price, stock + n); }
    }
    static class Inventory {
        private final Map<String, Product> bySku = new TreeMap<>();
        void add(Product p) {
            if (bySku.putIfAbsent(p.sku(), p) != null) throw new IllegalStateException("duplicate sku " + p.sku());
        }
        Optional<Product> find(String sku) { return Optional.ofNullable(bySku.get(sku)); }
        void update(String sku, UnaryOperator<Product> f) { bySku.computeIfPresent(sku, (k, p) -> f.apply(p)); }
        Stream<Product> stream() { return bySku.values().stream(); }
    }
    public static void main(String[] args) {
        Inventory inv = new Inventory();
        inv.add(new Product("T-100", "Hammer", Category.TOOLS, 12.5, 10));
        inv.add(new Product("F-200", "Tea", Category.FOOD, 3.25, 40));
        inv.add(new Product("Y-300", "Yo-yo", Category.TOYS, 2.0, 0));
        inv.add(new Product("T-101", "Wrench", Category.TOOLS, 8.75, 3));
        inv.add(new Product("F-201", "Biscuits", Category.FOOD, 1.99, 120));
        try { inv.add(new Product("T-100", "Saw", Category.TOOLS, 20, 1)); } catch (IllegalStateException e) { System.out.println(e.getMessage()); }
        try { inv.add(new Product("X-1", "Bad", Category.TOYS, -1, 1)); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        inv.update("Y-300", p -> p.restock(25));
        inv.update("NOPE", p -> p.restock(1));
        System.out.println(inv.find("Y-300").map(Product::stock).orElse(-1) + " " + inv.find("NOPE").isPresent() + " " + inv.find("F-200").map(Product::name).orElseGet(() -> "?"));
        Map<Category, Double> valueByCat = inv.stream().collect(Collectors.groupingBy(Product::cat, () -> new EnumMap<>(Category.class), Collectors.summingDouble(Product::value)));
        valueByCat.forEach((c, v) -> System.out.printf("%-6s %9.2f%n", c, v));
        System.out.println(inv.stream().sorted(Comparator.comparingDouble(Product::value).reversed()).map(p -> p.sku() + ":" + String.format("%.1f", p.value())).collect(Collectors.joining(", ")));
        System.out.println(inv.stream().filter(p -> p.stock() < 5).map(Product::name).findFirst().orElse("all stocked"));
        DoubleSummaryStatistics st = inv.stream().mapToDouble(Product::price).summaryStatistics();
        System.out.printf("min %.2f max %.2f avg %.4f sum %.2f n %d%n", st.getMin(), st.getMax(), st.getAverage(), st.getSum(), st.getCount());
        Map<Boolean, Long> cheap = inv.stream().collect(Collectors.partitioningBy(p -> p.price() < 5, Collectors.counting()));
        System.out.println(cheap);
        List<String> names = inv.stream().map(Product::name).map(String::toLowerCase).sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).toList();
        System.out.println(names);
        String maxName = inv.stream().max(Comparator.comparingInt(Product::stock)).get().name();
        System.out.println(maxName + " " + inv.stream().mapToInt(Product::stock).sum() + " " + inv.stream().map(Product::cat).distinct().count());
        Map<Category, Optional<Product>> priciest = inv.stream().collect(Collectors.groupingBy(Product::cat, TreeMap::new, Collectors.maxBy(Comparator.comparingDouble(Product::price))));
        priciest.forEach((c, p) -> System.out.println(c + " -> " + p.map(Product::name).orElse("-")));
        System.out.println(inv.find("T-101").get());
        System.out.println(IntStream.rangeClosed(1, 4).mapToObj(i -> inv.stream().filter(p -> p.name().length() > i).count()).map(String::valueOf).collect(Collectors.joining("/")));
        inv.find("ZZZ").orElseThrow(() -> new NoSuchElementException("sku ZZZ not found"));
    }
}
// expect: duplicate sku T-100
// expect: price < 0 for X-1
// expect: 25 false Tea
// expect: TOOLS     151.25
// expect: FOOD      368.80
// expect: TOYS       50.00
// expect: F-201:238.8, F-200:130.0, T-100:125.0, Y-300:50.0, T-101:26.3
// expect: Wrench
// expect: min 1.99 max 12.50 avg 5.6980 sum 28.49 n 5
// expect: {false=2, true=3}
// expect: [tea, yo-yo, wrench, hammer, biscuits]
// expect: Biscuits 198 3
// expect: TOOLS -> Hammer
// expect: FOOD -> Tea
// expect: TOYS -> Yo-yo
// expect: Product[sku=T-101, name=Wrench, cat=TOOLS, price=8.75, stock=3]
// expect: 5/5/4/4
// expect runtime error: trap 4
// expect stderr: at Main.main(inventory_streams.java:52)
// expect exit: 1
