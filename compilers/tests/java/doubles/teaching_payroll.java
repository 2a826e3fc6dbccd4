public class Main {
    static double pay(double hours, double rate) {
        if (hours <= 40) {
            return hours * rate;
        }
        return 40 * rate + (hours - 40) * rate * 1.5;
    }

    public static void main(String[] args) {
        String[] employees = {"Alice", "Bruno", "Chen", "Dana"};
        double[] hours = {38.5, 45, 40, 52.25};
        double[] rates = {22.50, 18.75, 30.00, 15.40};
        double payroll = 0;
        for (int i = 0; i < employees.length; i++) {
            double p = pay(hours[i], rates[i]);
            payroll += p;
            System.out.println(employees[i] + " earned $" + String.format("%.2f", p));
        }
        System.out.println("Total payroll: " + payroll);
        System.out.println("Average: " + payroll / employees.length);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Alice earned $866.25
// expect: Bruno earned $890.63
// expect: Chen earned $1200.00
// expect: Dana earned $898.98
// expect: Total payroll: 3855.85
// expect: Average: 963.9625
