import java.util.*;

public class Main {
    static class InsufficientFundsException extends Exception {
        private final double shortfall;
        public InsufficientFundsException(String msg, double shortfall) {
            super(msg);
            this.shortfall = shortfall;
        }
        public double getShortfall() { return shortfall; }
    }

    static abstract class Account {
        private static int nextNumber = 1000;
        protected final String owner;
        protected final int number;
        protected double balance;
        private final List<String> history = new ArrayList<>();

        Account(String owner, double opening) {
            this.owner = owner;
            this.number = nextNumber++;
            this.balance = opening;
            record("open", opening);
        }

        protected void record(String what, double amount) {
            history.add(String.format("%-8s %10.2f %10.2f", what, amount, balance));
        }

        public void deposit(double amount) {
            if (amount <= 0) throw new IllegalArgumentException("Deposit must be positive");
            balance += amount;
            record("deposit", amount);
        }

        public void withdraw(double amount) throws InsufficientFundsException {
            if (amount > available()) {
                throw new InsufficientFundsException("Insufficient funds in " + number, amount - available());
            }
            balance -= amount;
            record("withdraw", amount);
        }

        protected double available() { return balance; }
        abstract void monthEnd();
        List<String> getHistory() { return Collections.unmodifiableList(history); }

        @Override
        public String toString() {
            return String.format("%s[%d, %s, %.2f]", getClass().getSimpleName(), number, owner, balance);
        }
    }

    static class Savings extends Account {
        private final double rate;
        Savings(String owner, double opening, double rate) { super(owner, opening); this.rate = rate; }
        void monthEnd() {
            double interest = balance * rate / 12;
            balance += interest;
            record("interest", interest);
        }
    }

    static class Checking extends Account {
        private final double overdraft;
        Checking(String owner, double opening, double overdraft) { super(owner, opening); this.overdraft = overdraft; }
        @Override protected double available() { return balance + overdraft; }
        void monthEnd() {
            if (balance < 0) {
                balance -= 15;
                record("fee", 15);
            }
        }
    }

    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Savings("Ada", 500, 0.03));
        accounts.add(new Checking("Charles", 100, 200));
        accounts.add(new Savings("Mary", 0, 0.05));
        double[] withdrawals = {50, 250, 20};
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            try {
                a.deposit(i * 10 + 5);
                a.withdraw(withdrawals[i]);
            } catch (InsufficientFundsException e) {
                System.out.printf("%s (short by %.2f)%n", e.getMessage(), e.getShortfall());
            }
        }
        try {
            accounts.get(0).deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("Error: " + e.getMessage());
        }
        for (Account a : accounts) a.monthEnd();
        accounts.sort((x, y) -> Double.compare(y.balance, x.balance));
        for (Account a : accounts) {
            System.out.println(a);
            for (String line : a.getHistory()) System.out.println("  " + line);
        }
        double total = 0;
        for (Account a : accounts) total += a.balance;
        System.out.printf("Total: %.2f%n", total);
    }
}
// expect: Error: Deposit must be positive
// expect: Savings[1000, Ada, 456.14]
// expect:   open         500.00     500.00
// expect:   deposit        5.00     505.00
// expect:   withdraw      50.00     455.00
// expect:   interest       1.14     456.14
// expect: Savings[1002, Mary, 5.02]
// expect:   open           0.00       0.00
// expect:   deposit       25.00      25.00
// expect:   withdraw      20.00       5.00
// expect:   interest       0.02       5.02
// expect: Checking[1001, Charles, -150.00]
// expect:   open         100.00     100.00
// expect:   deposit       15.00     115.00
// expect:   withdraw     250.00    -135.00
// expect:   fee           15.00    -150.00
// expect: Total: 311.16
