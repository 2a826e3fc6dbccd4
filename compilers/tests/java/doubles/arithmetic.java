public class Main {
    public static void main(String[] args) {
        double a = 7.5, b = 2.0;
        System.out.println(a + b);
        System.out.println(a - b);
        System.out.println(a * b);
        System.out.println(a / b);
        System.out.println(0.1 + 0.2);
        System.out.println(1.0 - 0.9);
        System.out.println(3 * 0.1);
        System.out.println(1.0 / 3);
        System.out.println(2.0 / 3);
        System.out.println(100.0 * 1.1);
        System.out.println(a + b * 2 - 1 / 4.0);
        System.out.println(-a);
        System.out.println(+b);
        System.out.println(1e308 * 10);
        System.out.println(1e-320 / 1e10);
        System.out.println(Math.sqrt(-1));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 9.5
// expect: 5.5
// expect: 15.0
// expect: 3.75
// expect: 0.30000000000000004
// expect: 0.09999999999999998
// expect: 0.30000000000000004
// expect: 0.3333333333333333
// expect: 0.6666666666666666
// expect: 110.00000000000001
// expect: 11.25
// expect: -7.5
// expect: 2.0
// expect: Infinity
// expect: 0.0
// expect: NaN
