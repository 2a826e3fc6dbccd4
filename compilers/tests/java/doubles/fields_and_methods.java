public class Main {
    static final double RATE = 0.07;
    private double balance;

    Main(double start) {
        balance = start;
    }

    void deposit(double amount) {
        balance += amount;
    }

    double interest() {
        return balance * RATE;
    }

    static String describe(int x) {
        return "int " + x;
    }

    static String describe(double x) {
        return "double " + x;
    }

    static double average(int[] xs) {
        int sum = 0;
        for (int x : xs) {
            sum += x;
        }
        return (double) sum / xs.length;
    }

    public static void main(String[] args) {
        Main account = new Main(1000);
        account.deposit(250.75);
        System.out.println(account.balance);
        System.out.println(account.interest());
        System.out.println(describe(3));
        System.out.println(describe(3.0));
        System.out.println(describe(3L));
        System.out.println(average(new int[] {1, 2, 3, 4}));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1250.75
// expect: 87.55250000000001
// expect: int 3
// expect: double 3.0
// expect: double 3.0
// expect: 2.5
