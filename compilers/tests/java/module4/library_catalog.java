import java.util.*;

public class Main {
    static abstract class Item implements Comparable<Item> {
        private static int nextId = 1;
        protected final int id;
        protected final String title;
        protected final int year;
        Item(String title, int year) { this.id = nextId++; this.title = title; this.year = year; }
        abstract int loanDays();
        String kind() { return getClass().getSimpleName().toLowerCase(); }
        @Override public int compareTo(Item o) { return title.compareTo(o.title); }
        @Override public boolean equals(Object o) {
            if (this == o) return true;
            if (!(o instanceof Item)) return false;
            Item other = (Item) o;
            return title.equals(other.title) && year == other.year;
        }
        @Override public int hashCode() { return Objects.hash(title, year); }
        @Override public String toString() { return String.format("#%02d %-24s %4d %-8s %2d days", id, title, year, kind(), loanDays()); }
    }
    static class Book extends Item {
        final String author;
        Book(String t, String a, int y) { super(t, y); author = a; }
        int loanDays() { return 21; }
        @Override public String toString() { return super.toString() + " by " + author; }
    }
    static class Dvd extends Item {
        final int minutes;
        Dvd(String t, int y, int m) { super(t, y); minutes = m; }
        int loanDays() { return minutes > 120 ? 3 : 7; }
    }
    static final class ReferenceBook extends Book {
        ReferenceBook(String t, String a, int y) { super(t, a, y); }
        @Override int loanDays() { return 0; }
        @Override String kind() { return "ref"; }
    }
    static class LoanException extends Exception {
        LoanException(String m) { super(m); }
    }
    static class Library {
        private final Map<Integer, Item> items = new TreeMap<>();
        private final Map<String, Deque<Integer>> loans = new HashMap<>();
        private final Set<Integer> out = new HashSet<>();
        void add(Item i) { items.put(i.id, i); }
        void lend(String who, int id) throws LoanException {
            Item it = items.get(id);
            if (it == null) throw new LoanException("no item " + id);
            if (it.loanDays() == 0) throw new LoanException(it.title + " is for reference only");
            if (!out.add(id)) throw new LoanException(it.title + " is already out");
            loans.computeIfAbsent(who, k -> new ArrayDeque<>()).push(id);
        }
        int returnLast(String who) {
            Deque<Integer> d = loans.get(who);
            int id = d.pop();
            out.remove(id);
            if (d.isEmpty()) loans.remove(who);
            return id;
        }
    }
    public static void main(String[] args) {
        Library lib = new Library();
        List<Item> all = List.of(new Book("Dune", "Herbert", 1965), new Dvd("Metropolis", 1927, 153),
            new ReferenceBook("Oxford Dictionary", "Various", 1884), new Book("Emma", "Austen", 1815),
            new Dvd("Up", 2009, 96), new Book("Dune", "Herbert", 1965));
        for (Item i : all) lib.add(i);
        lib.items.values().forEach(System.out::println);
        System.out.println(all.get(0).equals(all.get(5)) + " " + (all.get(0) == all.get(5)) + " " + new HashSet<>(all).size() + " " + (all.get(0).hashCode() == all.get(5).hashCode()));
        String[][] requests = {{"ann", "1"}, {"bob", "1"}, {"bob", "3"}, {"ann", "2"}, {"cy", "9"}, {"ann", "5"}};
        for (String[] r : requests) {
            try {
                lib.lend(r[0], Integer.parseInt(r[1]));
                System.out.println(r[0] + " borrowed " + lib.items.get(Integer.parseInt(r[1])).title);
            } catch (LoanException e) {
                System.out.println("refused: " + e.getMessage());
            }
        }
        System.out.println(new TreeMap<>(lib.loans) + " out=" + new TreeSet<>(lib.out));
        System.out.println("ann returns " + lib.returnLast("ann") + ", then " + lib.returnLast("ann") + "; loans " + new TreeMap<>(lib.loans));
        List<Item> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        for (Item i : sorted) System.out.print(i.title + "/" + i.id + " ");
        System.out.println();
        sorted.sort(Comparator.comparingInt((Item i) -> i.year).thenComparing(i -> -i.id));
        for (Item i : sorted) System.out.print(i.year + ":" + i.id + " ");
        System.out.println();
        Map<String, Integer> byKind = new TreeMap<>();
        for (Item i : all) byKind.merge(i.kind(), 1, Integer::sum);
        System.out.println(byKind);
        Iterator<Map.Entry<Integer, Item>> it = lib.items.entrySet().iterator();
        while (it.hasNext()) if (it.next().getValue() instanceof Dvd) it.remove();
        System.out.println(lib.items.keySet());
        System.out.println(Objects.equals(null, null) + " " + Objects.hash(1, 2, 3) + " " + Objects.hashCode(null) + " " + Objects.toString(null, "none") + " " + Objects.requireNonNullElse(null, "dflt"));
        Objects.requireNonNull(null, "item must not be null");
    }
}
// expect: #01 Dune                     1965 book     21 days by Herbert
// expect: #02 Metropolis               1927 dvd       3 days
// expect: #03 Oxford Dictionary        1884 ref       0 days by Various
// expect: #04 Emma                     1815 book     21 days by Austen
// expect: #05 Up                       2009 dvd       7 days
// expect: #06 Dune                     1965 book     21 days by Herbert
// expect: true false 5 true
// expect: ann borrowed Dune
// expect: refused: Dune is already out
// expect: refused: Oxford Dictionary is for reference only
// expect: ann borrowed Metropolis
// expect: refused: no item 9
// expect: ann borrowed Up
// expect: {ann=[5, 2, 1]} out=[1, 2, 5]
// expect: ann returns 5, then 2; loans {ann=[1]}
// expect: Dune/1 Dune/6 Emma/4 Metropolis/2 Oxford Dictionary/3 Up/5 
// expect: 1815:4 1884:3 1927:2 1965:6 1965:1 2009:5 
// expect: {book=3, dvd=2, ref=1}
// expect: [1, 3, 4, 6]
// expect: true 30817 0 none dflt
// expect runtime error: trap 4
// expect stderr: at Main.main(library_catalog.java:94)
// expect exit: 1
