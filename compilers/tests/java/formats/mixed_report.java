// A small report mixing %d, %s, %f, %e, %g and %a in one format; the totals formatted with an English
// Locale (the reference's own: Locale.US and the like are the one Locale a format may be given).
import java.util.Locale;

public class Main {
    public static void main(String[] args) {
        String[] names = {"alpha", "beta", "gamma"};
        double[] values = {1234.5678, 0.000123, 98765432.1};
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-6s|%3d|%10.2f|%.3e|%g|%a%n", names[i], i, values[i], values[i], values[i], values[i]);
        }
        double total = values[0] + values[1] + values[2];
        System.out.println(String.format(Locale.US, "total %,.3f", total) + " " + "SUM".toLowerCase(Locale.ROOT));
        System.out.printf(Locale.UK, "%e%n", total);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: alpha |  0|   1234.57|1.235e+03|1234.57|0x1.34a456d5cfaadp10
// expect: beta  |  1|      0.00|1.230e-04|0.000123000|0x1.01f31f46ed246p-13
// expect: gamma |  2|98765432.10|9.877e+07|9.87654e+07|0x1.78c29e0666666p26
// expect: total 98,766,666.668 sum
// expect: 9.876667e+07
