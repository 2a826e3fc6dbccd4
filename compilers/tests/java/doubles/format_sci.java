public class Main {
    public static void main(String[] args) {
        System.out.println(String.format("%e", 12345.678));
        System.out.println(String.format("%.3e", 0.000123456));
        System.out.println(String.format("%E", 1e100));
        System.out.println(String.format("%.2e", 6.02214076e23));
        System.out.println(String.format("[%12.4e]", -1.5));
        System.out.println(String.format("%.0e", 5.5));
        System.out.println(String.format("%e", 0.0));
        System.out.println(String.format("%.3e", 4.9e-324));
        System.out.println(String.format("%.1e", 9.96));
        System.out.println(String.format("%.2e", Double.MAX_VALUE));
        System.out.println(String.format("%+e", 1.0));
        System.out.println(String.format("[%-14.3E]", 123.456));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.234568e+04
// expect: 1.235e-04
// expect: 1.000000E+100
// expect: 6.02e+23
// expect: [ -1.5000e+00]
// expect: 6e+00
// expect: 0.000000e+00
// expect: 4.900e-324
// expect: 1.0e+01
// expect: 1.80e+308
// expect: +1.000000e+00
// expect: [1.235E+02     ]
