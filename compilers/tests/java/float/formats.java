// Formatter's %f and %e of a float format its value (as the double it widens to); %s its toString.
public class Main {
    public static void main(String[] args) {
        float f = 0.1f;
        System.out.printf("%f %.2f %e %.10f%n", f, f, f, f);
        System.out.println(String.format("%s|%8.3f|%-10.1e|", 1.1f, 2.0f / 3, 12345.678f));
        Float boxed = 2.5f;
        System.out.println(String.format("%.1f %s", boxed, boxed));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.100000 0.10 1.000000e-01 0.1000000015
// expect: 1.1|   0.667|1.2e+04   |
// expect: 2.5 2.5
