public class Main {
    static double toFahrenheit(double c) {
        return c * 9 / 5 + 32;
    }

    static double toCelsius(double f) {
        return (f - 32) * 5 / 9;
    }

    public static void main(String[] args) {
        for (int c = -40; c <= 100; c += 20) {
            System.out.println(c + "C = " + toFahrenheit(c) + "F");
        }
        double[] fs = {98.6, 212, 0, -40, 451};
        for (double f : fs) {
            System.out.printf("%.1fF = %.2fC%n", f, toCelsius(f));
        }
        System.out.println(toCelsius(100));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: -40C = -40.0F
// expect: -20C = -4.0F
// expect: 0C = 32.0F
// expect: 20C = 68.0F
// expect: 40C = 104.0F
// expect: 60C = 140.0F
// expect: 80C = 176.0F
// expect: 100C = 212.0F
// expect: 98.6F = 37.00C
// expect: 212.0F = 100.00C
// expect: 0.0F = -17.78C
// expect: -40.0F = -40.00C
// expect: 451.0F = 232.78C
// expect: 37.77777777777778
