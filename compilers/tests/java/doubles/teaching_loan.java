public class Main {
    public static void main(String[] args) {
        double principal = 250000;
        double annualRate = 4.5;
        int years = 30;
        double monthlyRate = annualRate / 100 / 12;
        int months = years * 12;
        double payment = principal * monthlyRate / (1 - Math.pow(1 + monthlyRate, -months));
        System.out.printf("Monthly payment: $%,.2f%n", payment);
        System.out.printf("Total paid: $%,.2f%n", payment * months);
        System.out.printf("Total interest: $%,.2f%n", payment * months - principal);
        double balance = principal;
        System.out.println("Month  Interest  Principal    Balance");
        for (int m = 1; m <= 6; m++) {
            double interest = balance * monthlyRate;
            double toPrincipal = payment - interest;
            balance -= toPrincipal;
            System.out.printf("%5d %9.2f %10.2f %12.2f%n", m, interest, toPrincipal, balance);
        }
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Monthly payment: $1,266.71
// expect: Total paid: $456,016.78
// expect: Total interest: $206,016.78
// expect: Month  Interest  Principal    Balance
// expect:     1    937.50     329.21    249670.79
// expect:     2    936.27     330.45    249340.34
// expect:     3    935.03     331.69    249008.65
// expect:     4    933.78     332.93    248675.72
// expect:     5    932.53     334.18    248341.54
// expect:     6    931.28     335.43    248006.11
