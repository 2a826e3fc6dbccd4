public class Main {
    public static void main(String[] args) {
        double[] xs = {0.001, 0.0009999, 0.00099, 1e-4, 9999999.0, 1e7, 10000000.5, 1.0E23, 2.82879384806159E17,
            123456.789, 1234567.0, 0.1, 100.0, 1e21, 1e22, 5e-324, 2.2250738585072014E-308, 1.0E-5,
            3.0E10, 4.35, 0.3, 2.0 / 3, 1e15 + 0.3, 9007199254740993.0, 1.0E16, 123e-20, 0.5, 1234.5678};
        for (double x : xs) {
            System.out.println(x + " " + (-x));
        }
        System.out.println(Double.MAX_VALUE);
        System.out.println(Double.MIN_VALUE);
        System.out.println(Double.MIN_NORMAL);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.001 -0.001
// expect: 9.999E-4 -9.999E-4
// expect: 9.9E-4 -9.9E-4
// expect: 1.0E-4 -1.0E-4
// expect: 9999999.0 -9999999.0
// expect: 1.0E7 -1.0E7
// expect: 1.00000005E7 -1.00000005E7
// expect: 9.999999999999999E22 -9.999999999999999E22
// expect: 2.82879384806159008E17 -2.82879384806159008E17
// expect: 123456.789 -123456.789
// expect: 1234567.0 -1234567.0
// expect: 0.1 -0.1
// expect: 100.0 -100.0
// expect: 1.0E21 -1.0E21
// expect: 1.0E22 -1.0E22
// expect: 4.9E-324 -4.9E-324
// expect: 2.2250738585072014E-308 -2.2250738585072014E-308
// expect: 1.0E-5 -1.0E-5
// expect: 3.0E10 -3.0E10
// expect: 4.35 -4.35
// expect: 0.3 -0.3
// expect: 0.6666666666666666 -0.6666666666666666
// expect: 1.0000000000000002E15 -1.0000000000000002E15
// expect: 9.007199254740992E15 -9.007199254740992E15
// expect: 1.0E16 -1.0E16
// expect: 1.23E-18 -1.23E-18
// expect: 0.5 -0.5
// expect: 1234.5678 -1234.5678
// expect: 1.7976931348623157E308
// expect: 4.9E-324
// expect: 2.2250738585072014E-308
