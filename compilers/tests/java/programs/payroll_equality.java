// Interfaces and an abstract class with overridden equals/hashCode/toString (so HashSet and HashMap
// see equal objects as one), a builder in a static nested class, super calls, and a custom
// unchecked exception escaping main.
import java.util.*;

public class Main {
    interface Payable {
        long monthlyCents();
    }

    static class PayrollException extends RuntimeException {
        PayrollException(String message) {
            super(message);
        }
    }

    static abstract class Worker implements Payable, Comparable<Worker> {
        final String id;
        final String name;

        Worker(String id, String name) {
            this.id = id;
            this.name = name;
        }

        abstract String role();

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Worker)) {
                return false;
            }
            Worker w = (Worker) o;
            return id.equals(w.id);
        }

        @Override
        public int hashCode() {
            return id.hashCode();
        }

        @Override
        public int compareTo(Worker other) {
            return Long.compare(other.monthlyCents(), monthlyCents());
        }

        @Override
        public String toString() {
            return String.format("%s(%s, %s, %,d)", role(), id, name, monthlyCents() / 100);
        }
    }

    static class Salaried extends Worker {
        private final long annual;

        Salaried(String id, String name, long annual) {
            super(id, name);
            this.annual = annual;
        }

        String role() {
            return "Salaried";
        }

        public long monthlyCents() {
            return annual * 100 / 12;
        }
    }

    static class Manager extends Salaried {
        private final List<Worker> reports = new ArrayList<>();

        Manager(String id, String name, long annual) {
            super(id, name, annual);
        }

        @Override
        String role() {
            return "Manager";
        }

        @Override
        public long monthlyCents() {
            return super.monthlyCents() + 5000L * reports.size();
        }

        void add(Worker w) {
            if (w == this) {
                throw new PayrollException(name + " cannot report to themself");
            }
            reports.add(w);
        }
    }

    static class Hourly extends Worker {
        private final int rateCents;
        private final int hours;

        private Hourly(Builder b) {
            super(b.id, b.name);
            this.rateCents = b.rateCents;
            this.hours = b.hours;
        }

        String role() {
            return "Hourly";
        }

        public long monthlyCents() {
            long base = (long) rateCents * Math.min(hours, 160);
            long overtime = (long) rateCents * 3 / 2 * Math.max(0, hours - 160);
            return base + overtime;
        }

        static class Builder {
            private String id;
            private String name;
            private int rateCents;
            private int hours;

            Builder id(String id) {
                this.id = id;
                return this;
            }

            Builder name(String name) {
                this.name = name;
                return this;
            }

            Builder rate(int cents) {
                this.rateCents = cents;
                return this;
            }

            Builder hours(int hours) {
                this.hours = hours;
                return this;
            }

            Hourly build() {
                if (id == null || name == null) {
                    throw new PayrollException("an hourly worker needs an id and a name");
                }
                return new Hourly(this);
            }
        }
    }

    public static void main(String[] args) {
        Manager boss = new Manager("M1", "Grace", 120000);
        Worker a = new Salaried("S1", "Alan", 90000);
        Worker b = new Hourly.Builder().id("H1").name("Ada").rate(4000).hours(170).build();
        Worker dup = new Salaried("S1", "Alan T.", 95000);
        boss.add(a);
        boss.add(b);
        Set<Worker> all = new HashSet<>(List.of(boss, a, b));
        System.out.println(all.add(dup) + " " + all.size() + " " + a.equals(dup) + " " + (a.hashCode() == dup.hashCode()));
        List<Worker> sorted = new ArrayList<>(all);
        Collections.sort(sorted);
        for (Worker w : sorted) {
            System.out.println(w);
        }
        Map<Worker, String> desks = new HashMap<>();
        desks.put(a, "desk 4");
        System.out.println(desks.get(dup) + " " + desks.containsKey(new Salaried("S2", "X", 1)));
        long total = 0;
        for (Payable p : sorted) {
            total += p.monthlyCents();
        }
        System.out.printf("monthly total %,.2f%n", total / 100.0);
        try {
            new Hourly.Builder().name("Nobody").build();
        } catch (PayrollException e) {
            System.out.println("builder: " + e.getMessage());
        }
        Payable bonus = () -> 12345;
        System.out.println("bonus " + bonus.monthlyCents());
        boss.add(boss);
    }
}
// expect: false 3 true true
// expect: Manager(M1, Grace, 10,100)
// expect: Salaried(S1, Alan, 7,500)
// expect: Hourly(H1, Ada, 7,000)
// expect: desk 4 false
// expect: monthly total 24,600.00
// expect: builder: an hourly worker needs an id and a name
// expect: bonus 12345
// expect runtime error: trap 4
// expect stderr: at Main.main(payroll_equality.java:182)
// expect exit: 1
