// Accounts with a checked exception of the program's own, records for transactions, an enum with
// fields, and a ledger summarised with streams.
import java.util.*;
import java.util.stream.*;

public class Main {
    static class InsufficientFundsException extends Exception {
        final long shortBy;

        InsufficientFundsException(String account, long shortBy) {
            super("account " + account + " is short by " + shortBy);
            this.shortBy = shortBy;
        }
    }

    enum Kind {
        DEPOSIT("+", 1), WITHDRAWAL("-", -1), FEE("f", -1);

        final String symbol;
        final int sign;

        Kind(String symbol, int sign) {
            this.symbol = symbol;
            this.sign = sign;
        }
    }

    record Transaction(String account, Kind kind, long cents) {
        Transaction {
            if (cents <= 0) {
                throw new IllegalArgumentException("amount must be positive: " + cents);
            }
        }

        long signed() {
            return kind.sign * cents;
        }
    }

    static class Account {
        final String name;
        private long balance;
        private final List<Transaction> history = new ArrayList<>();

        Account(String name) {
            this.name = name;
        }

        void apply(Kind kind, long cents) throws InsufficientFundsException {
            Transaction t = new Transaction(name, kind, cents);
            if (balance + t.signed() < 0) {
                throw new InsufficientFundsException(name, -(balance + t.signed()));
            }
            balance += t.signed();
            history.add(t);
        }

        long balance() {
            return balance;
        }

        List<Transaction> history() {
            return Collections.unmodifiableList(history);
        }
    }

    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        cents = Math.abs(cents);
        return String.format("%s$%d.%02d", sign, cents / 100, cents % 100);
    }

    public static void main(String[] args) {
        Map<String, Account> bank = new LinkedHashMap<>();
        for (String name : new String[] {"alice", "bob", "carol"}) {
            bank.put(name, new Account(name));
        }
        Object[][] script = {
            {"alice", Kind.DEPOSIT, 10000L}, {"bob", Kind.DEPOSIT, 2500L}, {"alice", Kind.WITHDRAWAL, 3550L},
            {"bob", Kind.WITHDRAWAL, 4000L}, {"carol", Kind.FEE, 100L}, {"carol", Kind.DEPOSIT, 999L},
            {"bob", Kind.FEE, 250L}, {"alice", Kind.DEPOSIT, 0L}, {"carol", Kind.WITHDRAWAL, 999L},
        };
        int failures = 0;
        for (Object[] step : script) {
            Account a = bank.get((String) step[0]);
            Kind kind = (Kind) step[1];
            long cents = (Long) step[2];
            try {
                a.apply(kind, cents);
                System.out.println(kind.symbol + " " + a.name + " " + money(cents) + " -> " + money(a.balance()));
            } catch (InsufficientFundsException e) {
                failures++;
                System.out.println("declined: " + e.getMessage() + " (" + money(e.shortBy) + ")");
            } catch (IllegalArgumentException e) {
                failures++;
                System.out.println("invalid: " + e.getMessage());
            }
        }
        System.out.println(failures + " failures");
        List<Transaction> all = bank.values().stream()
                .flatMap(a -> a.history().stream())
                .collect(Collectors.toList());
        Map<Kind, Long> byKind = all.stream()
                .collect(Collectors.groupingBy(Transaction::kind, TreeMap::new, Collectors.summingLong(Transaction::cents)));
        byKind.forEach((k, v) -> System.out.println(k + " " + money(v)));
        Optional<Transaction> biggest = all.stream().max(Comparator.comparingLong(Transaction::cents));
        System.out.println("biggest: " + biggest.get());
        String ranking = bank.values().stream()
                .sorted(Comparator.comparingLong(Account::balance).reversed())
                .map(a -> a.name + "=" + money(a.balance()))
                .collect(Collectors.joining(", ", "[", "]"));
        System.out.println(ranking);
        try {
            bank.get("alice").history().add(new Transaction("alice", Kind.FEE, 1));
        } catch (UnsupportedOperationException e) {
            System.out.println("history is read-only");
        }
    }
}
// expect: + alice $100.00 -> $100.00
// expect: + bob $25.00 -> $25.00
// expect: - alice $35.50 -> $64.50
// expect: declined: account bob is short by 1500 ($15.00)
// expect: declined: account carol is short by 100 ($1.00)
// expect: + carol $9.99 -> $9.99
// expect: f bob $2.50 -> $22.50
// expect: invalid: amount must be positive: 0
// expect: - carol $9.99 -> $0.00
// expect: 3 failures
// expect: DEPOSIT $134.99
// expect: WITHDRAWAL $45.49
// expect: FEE $2.50
// expect: biggest: Transaction[account=alice, kind=DEPOSIT, cents=10000]
// expect: [alice=$64.50, bob=$22.50, carol=$0.00]
// expect: history is read-only
