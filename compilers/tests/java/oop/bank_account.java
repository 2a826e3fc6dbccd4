public class Main {
    public static void main(String[] args) {
        Account a = new Account("Ada", 100);
        Account b = new SavingsAccount("Charles", 500, 2);
        a.deposit(50);
        try {
            a.withdraw(500);
        } catch (InsufficientFunds e) {
            System.out.println("refused: " + e.getMessage());
        }
        b.monthEnd();
        System.out.println(a);
        System.out.println(b);
    }
}

class InsufficientFunds extends Exception {
    InsufficientFunds(String message) { super(message); }
}

class Account {
    protected final String owner;
    protected long balance;

    Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }

    void deposit(long amount) { balance += amount; }

    void withdraw(long amount) throws InsufficientFunds {
        if (amount > balance) throw new InsufficientFunds(owner + " has only " + balance);
        balance -= amount;
    }

    void monthEnd() {}

    public String toString() { return owner + ": " + balance; }
}

class SavingsAccount extends Account {
    private final int ratePercent;

    SavingsAccount(String owner, long balance, int ratePercent) {
        super(owner, balance);
        this.ratePercent = ratePercent;
    }

    void monthEnd() { balance += balance * ratePercent / 100; }

    public String toString() { return super.toString() + " (savings)"; }
}
// expect: refused: Ada has only 150
// expect: Ada: 150
// expect: Charles: 510 (savings)
