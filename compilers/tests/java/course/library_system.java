// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    static class BookNotAvailableException extends RuntimeException {
        BookNotAvailableException(String title) {
            super("'" + title + "' is not available");
        }
    }

    static class Book {
        private final String isbn;
        private final String title;
        private final String author;
        private final int year;
        private boolean onLoan;

        Book(String isbn, String title, String author, int year) {
            this.isbn = isbn;
            this.title = title;
            this.author = author;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) return true;
            if (o == null || getClass() != o.getClass()) return false;
            Book b = (Book) o;
            return isbn.equals(b.isbn);
        }

        @Override
        public int hashCode() {
            return isbn.hashCode();
        }

        @Override
        public String toString() {
            return String.format("%s (%d) by %s%s", title, year, author, onLoan ? " [on loan]" : "");
        }
    }

    static class Member {
        final String name;
        final Deque<Book> borrowed = new ArrayDeque<>();

        Member(String name) {
            this.name = name;
        }
    }

    static class Library {
        private final Map<String, Book> catalogue = new LinkedHashMap<>();
        private final Map<String, Member> members = new HashMap<>();
        private final Queue<String> events = new LinkedList<>();

        void add(Book b) {
            if (catalogue.putIfAbsent(b.isbn, b) != null) {
                events.add("duplicate " + b.isbn);
            }
        }

        Member member(String name) {
            return members.computeIfAbsent(name, Member::new);
        }

        void lend(String isbn, String who) {
            Book b = catalogue.get(isbn);
            if (b == null) throw new NoSuchElementException("no book " + isbn);
            if (b.onLoan) throw new BookNotAvailableException(b.title);
            b.onLoan = true;
            member(who).borrowed.push(b);
            events.offer(who + " borrows " + b.title);
        }

        void giveBack(String who) {
            Member m = member(who);
            Book b = m.borrowed.pop();
            b.onLoan = false;
            events.offer(who + " returns " + b.title);
        }

        List<Book> byAuthor(String author) {
            List<Book> out = new ArrayList<>();
            for (Book b : catalogue.values()) {
                if (b.author.equalsIgnoreCase(author)) out.add(b);
            }
            out.sort(Comparator.comparingInt((Book b) -> b.year).reversed());
            return out;
        }
    }

    public static void main(String[] args) {
        Library lib = new Library();
        lib.add(new Book("111", "Sketch of the Analytical Engine", "Menabrea", 1842));
        lib.add(new Book("222", "Passages from the Life of a Philosopher", "Babbage", 1864));
        lib.add(new Book("333", "On the Economy of Machinery", "Babbage", 1832));
        lib.add(new Book("222", "Duplicate", "Nobody", 2000));
        lib.lend("111", "Ada");
        lib.lend("333", "Ada");
        try {
            lib.lend("111", "Charles");
        } catch (BookNotAvailableException e) {
            System.out.println("Error: " + e.getMessage());
        }
        try {
            lib.lend("999", "Charles");
        } catch (NoSuchElementException e) {
            System.out.println("Error: " + e.getMessage());
        }
        lib.giveBack("Ada");
        try {
            lib.giveBack("Charles");
        } catch (NoSuchElementException e) {
            System.out.println("Charles had nothing: " + e);
        }
        for (Book b : lib.catalogue.values()) System.out.println(b);
        System.out.println(lib.byAuthor("babbage"));
        while (!lib.events.isEmpty()) System.out.println("event: " + lib.events.poll());
        Set<Book> set = new HashSet<>(lib.catalogue.values());
        System.out.println(set.contains(new Book("333", "?", "?", 0)) + " " + set.size());
        Member ada = lib.member("Ada");
        System.out.println(ada.name + " holds " + ada.borrowed.size() + ": " + ada.borrowed.peek().title);
        System.out.println(lib.members.keySet().stream().sorted().toList());
    }
}
// expect: Error: 'Sketch of the Analytical Engine' is not available
// expect: Error: no book 999
// expect: Charles had nothing: java.util.NoSuchElementException
// expect: Sketch of the Analytical Engine (1842) by Menabrea [on loan]
// expect: Passages from the Life of a Philosopher (1864) by Babbage
// expect: On the Economy of Machinery (1832) by Babbage
// expect: [Passages from the Life of a Philosopher (1864) by Babbage, On the Economy of Machinery (1832) by Babbage]
// expect: event: duplicate 222
// expect: event: Ada borrows Sketch of the Analytical Engine
// expect: event: Ada borrows On the Economy of Machinery
// expect: event: Ada returns On the Economy of Machinery
// expect: true 3
// expect: Ada holds 1: Sketch of the Analytical Engine
// expect: [Ada, Charles]
