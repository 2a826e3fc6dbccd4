public class Main {
    public static void main(String[] args) {
        double deposit = 100.0;
        double rate = 0.04;
        double balance = 0;
        int year = 0;
        double goal = 5000;
        while (balance < goal) {
            balance = balance * (1 + rate / 12);
            balance += deposit;
            year++;
        }
        System.out.println("Months to reach " + goal + ": " + year);
        System.out.println("Balance: " + balance);
        System.out.printf("Years: %.1f%n", year / 12.0);
        double sum = 0.0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
        }
        System.out.println("Ten dimes: " + sum + (sum == 1.0 ? " equals" : " does not equal") + " 1.0");
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Months to reach 5000.0: 47
// expect: Balance: 5079.029999278051
// expect: Years: 3.9
// expect: Ten dimes: 0.9999999999999999 does not equal 1.0
