public class Main {
    static double sqrt(double n) {
        double x = n;
        int steps = 0;
        while (Math.abs(x * x - n) > 1e-12 * n) {
            x = (x + n / x) / 2;
            steps++;
        }
        System.out.println("steps: " + steps);
        return x;
    }

    public static void main(String[] args) {
        double[] inputs = {2, 9, 10, 0.25, 1e6, 12345.678};
        for (double n : inputs) {
            double r = sqrt(n);
            System.out.println("sqrt(" + n + ") = " + r + " (Math.sqrt: " + Math.sqrt(n) + ")");
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: steps: 5
// expect: sqrt(2.0) = 1.414213562373095 (Math.sqrt: 1.4142135623730951)
// expect: steps: 6
// expect: sqrt(9.0) = 3.0 (Math.sqrt: 3.0)
// expect: steps: 6
// expect: sqrt(10.0) = 3.162277660168379 (Math.sqrt: 3.1622776601683795)
// expect: steps: 5
// expect: sqrt(0.25) = 0.5000000000000006 (Math.sqrt: 0.5)
// expect: steps: 14
// expect: sqrt(1000000.0) = 1000.0000000000118 (Math.sqrt: 1000.0)
// expect: steps: 11
// expect: sqrt(12345.678) = 111.11110655555548 (Math.sqrt: 111.11110655555547)
