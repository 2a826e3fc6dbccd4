// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.ArrayList;
import java.util.List;

public class Main {
    static class InsufficientFundsException extends Exception {
        private final long needed;

        InsufficientFundsException(String message, long needed) {
            super(message);
            this.needed = needed;
        }

        long getNeeded() {
            return needed;
        }
    }

    static abstract class Account {
        private static int nextId = 100;
        protected final int id;
        protected final String owner;
        protected long balanceCents;
        private final List<String> log = new ArrayList<>();

        Account(String owner, long openingCents) {
            if (openingCents < 0) {
                throw new IllegalArgumentException("opening balance must not be negative: " + openingCents);
            }
            this.id = nextId++;
            this.owner = owner;
            this.balanceCents = openingCents;
            record("open", openingCents);
        }

        void deposit(long cents) {
            if (cents <= 0) {
                throw new IllegalArgumentException("Deposit must be positive");
            }
            balanceCents += cents;
            record("deposit", cents);
        }

        void withdraw(long cents) throws InsufficientFundsException {
            if (cents > available()) {
                throw new InsufficientFundsException(
                    String.format("Account %d: cannot withdraw %s, only %s available", id, money(cents), money(available())),
                    cents - available());
            }
            balanceCents -= cents;
            record("withdraw", cents);
        }

        protected long available() {
            return balanceCents;
        }

        abstract void endOfMonth();

        protected void record(String what, long cents) {
            log.add(String.format("%-10s %10s %10s", what, money(cents), money(balanceCents)));
        }

        List<String> history() {
            return log;
        }

        static String money(long cents) {
            String sign = cents < 0 ? "-" : "";
            long abs = Math.abs(cents);
            return String.format("%s$%d.%02d", sign, abs / 100, abs % 100);
        }

        @Override
        public String toString() {
            return getClass().getSimpleName() + "#" + id + "(" + owner + ", " + money(balanceCents) + ")";
        }
    }

    static class Savings extends Account {
        private final double rate;

        Savings(String owner, long cents, double rate) {
            super(owner, cents);
            this.rate = rate;
        }

        @Override
        void endOfMonth() {
            long interest = Math.round(balanceCents * rate / 12);
            balanceCents += interest;
            record("interest", interest);
        }
    }

    static class Checking extends Account {
        private final long overdraft;

        Checking(String owner, long cents, long overdraft) {
            super(owner, cents);
            this.overdraft = overdraft;
        }

        @Override
        protected long available() {
            return balanceCents + overdraft;
        }

        @Override
        void endOfMonth() {
            if (balanceCents < 0) {
                long fee = 2500;
                balanceCents -= fee;
                record("fee", fee);
            }
        }
    }

    static void transfer(Account from, Account to, long cents) throws InsufficientFundsException {
        from.withdraw(cents);
        to.deposit(cents);
    }

    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Savings("Ada", 150_000, 0.045));
        accounts.add(new Checking("Charles", 20_000, 50_000));
        try {
            accounts.add(new Savings("Nobody", -5, 0.01));
        } catch (IllegalArgumentException e) {
            System.out.println("Rejected: " + e.getMessage());
        }
        long[] amounts = {30_000, 60_000, 5_000};
        for (long amount : amounts) {
            try {
                transfer(accounts.get(1), accounts.get(0), amount);
                System.out.println("Moved " + Account.money(amount));
            } catch (InsufficientFundsException e) {
                System.out.println(e.getMessage() + " (short by " + Account.money(e.getNeeded()) + ")");
            }
        }
        try {
            accounts.get(0).deposit(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        } finally {
            System.out.println("deposit attempted");
        }
        for (Account a : accounts) {
            a.endOfMonth();
        }
        for (Account a : accounts) {
            System.out.println(a);
            for (String line : a.history()) {
                System.out.println("  " + line);
            }
        }
        long total = 0;
        for (Account a : accounts) {
            total += a.balanceCents;
        }
        System.out.println("Total " + Account.money(total));
    }
}
// expect: Rejected: opening balance must not be negative: -5
// expect: Moved $300.00
// expect: Account 101: cannot withdraw $600.00, only $400.00 available (short by $200.00)
// expect: Moved $50.00
// expect: java.lang.IllegalArgumentException: Deposit must be positive
// expect: deposit attempted
// expect: Savings#100(Ada, $1856.94)
// expect:   open         $1500.00   $1500.00
// expect:   deposit       $300.00   $1800.00
// expect:   deposit        $50.00   $1850.00
// expect:   interest        $6.94   $1856.94
// expect: Checking#101(Charles, -$175.00)
// expect:   open          $200.00    $200.00
// expect:   withdraw      $300.00   -$100.00
// expect:   withdraw       $50.00   -$150.00
// expect:   fee            $25.00   -$175.00
// expect: Total $1681.94
