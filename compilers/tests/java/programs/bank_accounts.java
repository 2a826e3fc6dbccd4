import java.util.ArrayList;
import java.util.List;

public class Main {
    static class InsufficientFundsException extends Exception {
        private final int shortfall;

        public InsufficientFundsException(String message, int shortfall) {
            super(message);
            this.shortfall = shortfall;
        }

        public int getShortfall() {
            return shortfall;
        }
    }

    static abstract class Account {
        private static int nextId = 1000;
        protected final int id;
        protected final String owner;
        protected int balance;
        private final List<String> history = new ArrayList<>();

        Account(String owner, int opening) {
            this.id = nextId++;
            this.owner = owner;
            this.balance = opening;
            log("open " + opening);
        }

        void deposit(int amount) {
            if (amount <= 0) {
                throw new IllegalArgumentException("Deposit must be positive: " + amount);
            }
            balance += amount;
            log("deposit " + amount);
        }

        void withdraw(int amount) throws InsufficientFundsException {
            if (amount > available()) {
                throw new InsufficientFundsException("Cannot withdraw " + amount + " from " + id,
                        amount - available());
            }
            balance -= amount;
            log("withdraw " + amount);
        }

        protected int available() {
            return balance;
        }

        protected void log(String entry) {
            history.add(entry);
        }

        abstract void endOfMonth();

        List<String> getHistory() {
            return history;
        }

        @Override
        public String toString() {
            return String.format("%s #%d (%s): %d", getClass().getSimpleName(), id, owner, balance);
        }
    }

    static class Savings extends Account {
        private final int ratePercent;

        Savings(String owner, int opening, int ratePercent) {
            super(owner, opening);
            this.ratePercent = ratePercent;
        }

        @Override
        void endOfMonth() {
            int interest = balance * ratePercent / 100;
            balance += interest;
            log("interest " + interest);
        }
    }

    static class Checking extends Account {
        private final int overdraft;

        Checking(String owner, int opening, int overdraft) {
            super(owner, opening);
            this.overdraft = overdraft;
        }

        @Override
        protected int available() {
            return balance + overdraft;
        }

        @Override
        void endOfMonth() {
            if (balance < 0) {
                balance -= 5;
                log("fee 5");
            }
        }
    }

    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Savings("Ada", 500, 2));
        accounts.add(new Checking("Bob", 100, 50));
        accounts.get(0).deposit(250);
        try {
            accounts.get(1).withdraw(120);
            accounts.get(1).withdraw(100);
        } catch (InsufficientFundsException e) {
            System.out.println("Error: " + e.getMessage() + " (short by " + e.getShortfall() + ")");
        }
        try {
            accounts.get(0).deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        for (Account a : accounts) {
            a.endOfMonth();
            System.out.println(a);
            System.out.println("  " + a.getHistory());
        }
        int total = 0;
        for (Account a : accounts) {
            total += a.balance;
        }
        System.out.println("Total: " + total);
    }
}
// expect: Error: Cannot withdraw 100 from 1001 (short by 70)
// expect: java.lang.IllegalArgumentException: Deposit must be positive: -5
// expect: Savings #1000 (Ada): 765
// expect:   [open 500, deposit 250, interest 15]
// expect: Checking #1001 (Bob): -25
// expect:   [open 100, withdraw 120, fee 5]
// expect: Total: 740
