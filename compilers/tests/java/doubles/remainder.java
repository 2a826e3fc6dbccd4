public class Main {
    public static void main(String[] args) {
        System.out.println(5.5 % 2);
        System.out.println(-5.5 % 2);
        System.out.println(5.5 % -2);
        System.out.println(10 % 3.0);
        System.out.println(0.3 % 0.1);
        System.out.println(1e20 % 3);
        System.out.println(5.0 % 0);
        System.out.println(Double.POSITIVE_INFINITY % 2);
        System.out.println(2 % Double.POSITIVE_INFINITY);
        System.out.println(-0.0 % 1);
        System.out.println(7.25 % 0.5);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.5
// expect: -1.5
// expect: 1.5
// expect: 1.0
// expect: 0.09999999999999998
// expect: 1.0
// expect: NaN
// expect: NaN
// expect: 2.0
// expect: -0.0
// expect: 0.25
