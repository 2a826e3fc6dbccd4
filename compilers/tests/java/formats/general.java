// Formatter's %g: precision significant digits rounded half up, scientific below 10^-4 and from
// 10^precision, no trailing zeros removed (C's %g removes them).
public class Main {
    public static void main(String[] args) {
        double[] xs = {0.0, 1.0, 0.1, 123456.0, 1234567.0, 0.0001, 0.00009999, 99999.95, 999999.5, 1e-10, 3.14159, -2.5e100};
        for (double x : xs) {
            System.out.println(String.format("%g|%.3g|%G|%.1g|%12.4g|%-12.2g|%+g", x, x, x, x, x, x, x));
        }
        System.out.printf("%g %g %G %,.8g%n", Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 1234567.0);
        System.out.printf("%.2g %g %(g %010.3g%n", 0.125f, 1f / 3, -1.5, -0.000123456);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.00000|0.00|0.00000|0|       0.000|0.0         |+0.00000
// expect: 1.00000|1.00|1.00000|1|       1.000|1.0         |+1.00000
// expect: 0.100000|0.100|0.100000|0.1|      0.1000|0.10        |+0.100000
// expect: 123456|1.23e+05|123456|1e+05|   1.235e+05|1.2e+05     |+123456
// expect: 1.23457e+06|1.23e+06|1.23457E+06|1e+06|   1.235e+06|1.2e+06     |+1.23457e+06
// expect: 0.000100000|0.000100|0.000100000|0.0001|   0.0001000|0.00010     |+0.000100000
// expect: 9.99900e-05|0.000100|9.99900E-05|0.0001|   9.999e-05|0.00010     |+9.99900e-05
// expect: 100000|1.00e+05|100000|1e+05|   1.000e+05|1.0e+05     |+100000
// expect: 1.00000e+06|1.00e+06|1.00000E+06|1e+06|   1.000e+06|1.0e+06     |+1.00000e+06
// expect: 1.00000e-10|1.00e-10|1.00000E-10|1e-10|   1.000e-10|1.0e-10     |+1.00000e-10
// expect: 3.14159|3.14|3.14159|3|       3.142|3.1         |+3.14159
// expect: -2.50000e+100|-2.50e+100|-2.50000E+100|-3e+100| -2.500e+100|-2.5e+100   |-2.50000e+100
// expect: NaN -Infinity INFINITY 1,234,567.0
// expect: 0.13 0.333333 (1.50000) -00.000123
