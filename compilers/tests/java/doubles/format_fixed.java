public class Main {
    public static void main(String[] args) {
        System.out.println(String.format("%.2f", 3.14159));
        System.out.println(String.format("%.1f %.1f %.1f %.1f", 0.25, 0.35, 0.45, 2.5));
        System.out.println(String.format("%.2f %.2f %.2f", 1.005, 2.675, 1.115));
        System.out.println(String.format("%.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, -0.5));
        System.out.println(String.format("%f", Math.PI));
        System.out.println(String.format("[%10.3f]", -2.5));
        System.out.println(String.format("[%-10.2f]", 2.5));
        System.out.println(String.format("[%010.2f]", -2.5));
        System.out.println(String.format("%,.2f", 1234567.891));
        System.out.println(String.format("%,.0f", 1e9));
        System.out.println(String.format("%+.1f %+.1f", 1.0, -1.0));
        System.out.println(String.format("% .3f", 7.0));
        System.out.println(String.format("%(.2f %(.2f", -3.5, 3.5));
        System.out.println(String.format("%.3f", 1e-10));
        System.out.println(String.format("%.2f", 1e20));
        System.out.println(String.format("%.2f", 0.005));
        System.out.println(String.format("%.2f", 0.0));
        System.out.println(String.format("%.15f", 0.1));
        System.out.println(String.format("%#.0f", 3.0));
        System.out.printf("%.2f%% done%n", 45.678);
        System.out.printf("%s and %.3f%n", 0.1, 0.1);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3.14
// expect: 0.3 0.4 0.5 2.5
// expect: 1.01 2.68 1.12
// expect: 1 2 3 -1
// expect: 3.141593
// expect: [    -2.500]
// expect: [2.50      ]
// expect: [-000002.50]
// expect: 1,234,567.89
// expect: 1,000,000,000
// expect: +1.0 -1.0
// expect:  7.000
// expect: (3.50) 3.50
// expect: 0.000
// expect: 100000000000000000000.00
// expect: 0.01
// expect: 0.00
// expect: 0.100000000000000
// expect: 3.
// expect: 45.68% done
// expect: 0.1 and 0.100
