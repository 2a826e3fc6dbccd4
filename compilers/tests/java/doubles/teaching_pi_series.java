public class Main {
    public static void main(String[] args) {
        double sum = 0.0;
        for (int n = 0; n < 10000; n++) {
            double term = 1.0 / (2 * n + 1);
            if (n % 2 == 0) {
                sum += term;
            } else {
                sum -= term;
            }
            if (n == 9 || n == 99 || n == 999 || n == 9999) {
                System.out.println("After " + (n + 1) + " terms: pi ~ " + 4 * sum);
            }
        }
        System.out.println("Math.PI        = " + Math.PI);
        System.out.println("Error: " + Math.abs(Math.PI - 4 * sum));
        double e = 1, fact = 1;
        for (int k = 1; k <= 15; k++) {
            fact *= k;
            e += 1 / fact;
        }
        System.out.println("e ~ " + e + " vs " + Math.E);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: After 10 terms: pi ~ 3.0418396189294032
// expect: After 100 terms: pi ~ 3.1315929035585537
// expect: After 1000 terms: pi ~ 3.140592653839794
// expect: After 10000 terms: pi ~ 3.1414926535900345
// expect: Math.PI        = 3.141592653589793
// expect: Error: 9.99999997586265E-5
// expect: e ~ 2.718281828458995 vs 2.718281828459045
// max-steps: 60000000
