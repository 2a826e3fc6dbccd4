public class Main {
    public static void main(String[] args) {
        System.out.println(1.5);
        System.out.println(1e-3);
        System.out.println(2.5d);
        System.out.println(.5);
        System.out.println(3.);
        System.out.println(1_000.25);
        System.out.println(0x1.8p1);
        System.out.println(0x10p-2);
        System.out.println(6.02e23);
        System.out.println(1E10);
        System.out.println(-0.0);
        System.out.println(4.9e-324);
        System.out.println(1.7976931348623157e308);
        System.out.println(0.1);
        System.out.println(123456789.0);
        System.out.println(12D);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.5
// expect: 0.001
// expect: 2.5
// expect: 0.5
// expect: 3.0
// expect: 1000.25
// expect: 3.0
// expect: 4.0
// expect: 6.02E23
// expect: 1.0E10
// expect: -0.0
// expect: 4.9E-324
// expect: 1.7976931348623157E308
// expect: 0.1
// expect: 1.23456789E8
// expect: 12.0
