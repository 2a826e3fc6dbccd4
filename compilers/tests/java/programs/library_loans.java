// A small library: an abstract item hierarchy with dynamic dispatch, an interface, a checked exception
// of the program's own, a HashMap of items and a TreeMap report.
import java.util.*;

public class Main {
    static class NotAvailableException extends Exception {
        private final String itemId;

        NotAvailableException(String itemId, String reason) {
            super(itemId + " is not available: " + reason);
            this.itemId = itemId;
        }

        String itemId() {
            return itemId;
        }
    }

    interface Loanable {
        int loanDays();

        default double lateFee(int daysLate) {
            return daysLate <= 0 ? 0.0 : daysLate * 0.25;
        }
    }

    static abstract class Item implements Loanable {
        private static int created = 0;
        protected final String id;
        protected final String title;
        private String borrower;

        Item(String prefix, String title) {
            created++;
            this.id = prefix + "-" + created;
            this.title = title;
        }

        abstract String kind();

        boolean isOut() {
            return borrower != null;
        }

        void lend(String who) throws NotAvailableException {
            if (borrower != null) {
                throw new NotAvailableException(id, "lent to " + borrower);
            }
            borrower = who;
        }

        void giveBack() {
            borrower = null;
        }

        @Override
        public String toString() {
            return String.format("%-5s %-6s %-24s %s", id, kind(), title, isOut() ? "out (" + borrower + ")" : "in");
        }
    }

    static class Book extends Item {
        private final int pages;

        Book(String title, int pages) {
            super("B", title);
            this.pages = pages;
        }

        String kind() {
            return "book";
        }

        public int loanDays() {
            return pages > 500 ? 28 : 21;
        }
    }

    static class Dvd extends Item {
        Dvd(String title) {
            super("D", title);
        }

        String kind() {
            return "dvd";
        }

        public int loanDays() {
            return 7;
        }

        @Override
        public double lateFee(int daysLate) {
            return daysLate <= 0 ? 0.0 : 1.0 + daysLate * 0.5;
        }
    }

    static class ReferenceBook extends Book {
        ReferenceBook(String title, int pages) {
            super(title, pages);
        }

        @Override
        String kind() {
            return "ref";
        }

        @Override
        void lend(String who) throws NotAvailableException {
            throw new NotAvailableException(id, "reference books stay in the library");
        }
    }

    public static void main(String[] args) {
        Map<String, Item> catalogue = new HashMap<>();
        List<Item> items = List.of(
                new Book("Dune", 612),
                new Book("Flatland", 96),
                new Dvd("Metropolis"),
                new ReferenceBook("Oxford Dictionary", 1800),
                new Dvd("Nosferatu"));
        for (Item item : items) {
            catalogue.put(item.id, item);
        }
        String[][] requests = {{"B-1", "ada"}, {"D-3", "alan"}, {"B-1", "grace"}, {"B-4", "ada"}, {"X-9", "bob"}};
        for (String[] r : requests) {
            Item item = catalogue.get(r[0]);
            try {
                if (item == null) {
                    throw new IllegalArgumentException("no item " + r[0]);
                }
                item.lend(r[1]);
                System.out.println(r[1] + " borrows " + item.title + " for " + item.loanDays() + " days");
            } catch (NotAvailableException e) {
                System.out.println("refused: " + e.getMessage() + " [" + e.itemId() + "]");
            } catch (IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            }
        }
        Map<String, Item> sorted = new TreeMap<>(catalogue);
        for (Item item : sorted.values()) {
            System.out.println(item);
        }
        int[] late = {0, 3, 10};
        for (int days : late) {
            double total = 0;
            for (Item item : items) {
                total += item.lateFee(days);
            }
            System.out.printf("late %2d days: %.2f%n", days, total);
        }
        catalogue.get("B-1").giveBack();
        long out = items.stream().filter(Item::isOut).count();
        System.out.println(out + " item(s) out");
    }
}
// expect: ada borrows Dune for 28 days
// expect: alan borrows Metropolis for 7 days
// expect: refused: B-1 is not available: lent to ada [B-1]
// expect: refused: B-4 is not available: reference books stay in the library [B-4]
// expect: error: no item X-9
// expect: B-1   book   Dune                     out (ada)
// expect: B-2   book   Flatland                 in
// expect: B-4   ref    Oxford Dictionary        in
// expect: D-3   dvd    Metropolis               out (alan)
// expect: D-5   dvd    Nosferatu                in
// expect: late  0 days: 0.00
// expect: late  3 days: 7.25
// expect: late 10 days: 19.50
// expect: 1 item(s) out
