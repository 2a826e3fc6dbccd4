public class Main {
    static void solve(double a, double b, double c) {
        double disc = b * b - 4 * a * c;
        System.out.print(a + "x^2 + " + b + "x + " + c + " = 0: ");
        if (disc > 0) {
            double r1 = (-b + Math.sqrt(disc)) / (2 * a);
            double r2 = (-b - Math.sqrt(disc)) / (2 * a);
            System.out.println("two roots " + r1 + " and " + r2);
        } else if (disc == 0) {
            System.out.println("one root " + (-b / (2 * a)));
        } else {
            double re = -b / (2 * a);
            double im = Math.sqrt(-disc) / (2 * a);
            System.out.println("complex roots " + re + " +/- " + im + "i");
        }
    }

    public static void main(String[] args) {
        solve(1, -3, 2);
        solve(1, 2, 1);
        solve(1, 0, 1);
        solve(2, 5, -3);
        solve(0.5, -1.5, 0.25);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: 1.0x^2 + -3.0x + 2.0 = 0: two roots 2.0 and 1.0
// expect: 1.0x^2 + 2.0x + 1.0 = 0: one root -1.0
// expect: 1.0x^2 + 0.0x + 1.0 = 0: complex roots -0.0 +/- 1.0i
// expect: 2.0x^2 + 5.0x + -3.0 = 0: two roots 0.5 and -3.0
// expect: 0.5x^2 + -1.5x + 0.25 = 0: two roots 2.8228756555322954 and 0.17712434446770464
