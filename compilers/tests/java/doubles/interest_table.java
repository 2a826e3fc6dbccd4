public class Main {
    public static void main(String[] args) {
        double principal = 1000.0;
        double rate = 0.05;
        System.out.println("Year    Balance");
        for (int year = 1; year <= 10; year++) {
            double amount = principal * Math.pow(1 + rate, year);
            System.out.printf("%4d %10.2f%n", year, amount);
        }
        double balance = principal;
        for (int month = 0; month < 12; month++) {
            balance += balance * rate / 12;
        }
        System.out.println("Monthly compounding: " + balance);
        System.out.println(String.format("Rounded: %.2f", balance));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: Year    Balance
// expect:    1    1050.00
// expect:    2    1102.50
// expect:    3    1157.63
// expect:    4    1215.51
// expect:    5    1276.28
// expect:    6    1340.10
// expect:    7    1407.10
// expect:    8    1477.46
// expect:    9    1551.33
// expect:   10    1628.89
// expect: Monthly compounding: 1051.1618978817332
// expect: Rounded: 1051.16
