import java.util.*;

public class Main {
    static class Item {
        private final String sku;
        private final String name;
        private int quantity;
        private final int priceCents;

        Item(String sku, String name, int quantity, int priceCents) {
            this.sku = sku;
            this.name = name;
            this.quantity = quantity;
            this.priceCents = priceCents;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Item)) return false;
            Item other = (Item) o;
            return sku.equals(other.sku);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sku);
        }

        @Override
        public String toString() {
            return String.format("%-8s %-10s x%3d @ %d.%02d", sku, name, quantity, priceCents / 100, priceCents % 100);
        }
    }

    public static void main(String[] args) {
        Map<String, Item> stock = new TreeMap<>();
        Item[] incoming = {
            new Item("A-100", "widget", 10, 250),
            new Item("B-200", "gadget", 0, 1999),
            new Item("C-300", "doohickey", 3, 5),
            new Item("A-100", "widget", 5, 250),
        };
        for (Item it : incoming) {
            Item existing = stock.get(it.sku);
            if (existing == null) {
                stock.put(it.sku, it);
            } else {
                existing.quantity += it.quantity;
            }
        }
        for (Item it : stock.values()) {
            System.out.println(it);
        }
        Iterator<Map.Entry<String, Item>> iter = stock.entrySet().iterator();
        while (iter.hasNext()) {
            if (iter.next().getValue().quantity == 0) {
                iter.remove();
            }
        }
        System.out.println(stock.keySet());
        Set<Item> set = new HashSet<>(Arrays.asList(incoming));
        System.out.println(set.size() + " " + set.contains(new Item("C-300", "?", 0, 0)));
        long total = 0;
        for (Item it : stock.values()) {
            total += (long) it.quantity * it.priceCents;
        }
        System.out.println("value: " + total / 100 + "." + String.format("%02d", total % 100));
        List<Item> list = new ArrayList<>(stock.values());
        list.removeIf(it -> it.quantity < 5);
        System.out.println(list.size() + " " + Objects.equals(list.get(0), incoming[0]) + " " + Objects.requireNonNull(list.get(0)).name);
        Objects.requireNonNull(null, "item must not be null");
    }
}
// expect: A-100    widget     x 15 @ 2.50
// expect: B-200    gadget     x  0 @ 19.99
// expect: C-300    doohickey  x  3 @ 0.05
// expect: [A-100, C-300]
// expect: 3 true
// expect: value: 37.65
// expect: 1 true widget
// expect runtime error: trap 4
// expect stderr: at Main.main(inventory_objects.java:72)
// expect exit: 1
