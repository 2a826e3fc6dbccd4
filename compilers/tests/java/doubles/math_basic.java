public class Main {
    public static void main(String[] args) {
        System.out.println(Math.sqrt(2));
        System.out.println(Math.sqrt(16));
        System.out.println(Math.pow(2, 10));
        System.out.println(Math.pow(2.5, 3));
        System.out.println(Math.pow(10, -2));
        System.out.println(Math.pow(-8, 1.0 / 3));
        System.out.println(Math.abs(-3.5) + " " + Math.abs(-0.0) + " " + Math.abs(-7));
        System.out.println(Math.floor(2.7) + " " + Math.floor(-2.7) + " " + Math.ceil(2.1) + " " + Math.ceil(-2.1));
        System.out.println(Math.ceil(-0.5));
        System.out.println(Math.max(1.5, 2) + " " + Math.min(1.5, 2) + " " + Math.max(3, 4));
        System.out.println(Math.max(-0.0, 0.0) + " " + Math.min(-0.0, 0.0));
        System.out.println(Math.max(Double.NaN, 1) + " " + Math.min(1, Double.NaN));
        System.out.println(Math.PI + " " + Math.E);
        System.out.println(Math.sqrt(Math.PI * Math.PI));
        System.out.println(Math.hypot(3, 4));
        System.out.println(Math.cbrt(27));
        System.out.println(Math.signum(-2.5) + " " + Math.signum(0.0) + " " + Math.signum(9));
        System.out.println(Math.toRadians(180) + " " + Math.toDegrees(Math.PI / 2));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.4142135623730951
// expect: 4.0
// expect: 1024.0
// expect: 15.625
// expect: 0.01
// expect: NaN
// expect: 3.5 0.0 7
// expect: 2.0 -3.0 3.0 -2.0
// expect: -0.0
// expect: 2.0 1.5 4
// expect: 0.0 -0.0
// expect: NaN NaN
// expect: 3.141592653589793 2.718281828459045
// expect: 3.141592653589793
// expect: 5.0
// expect: 3.0
// expect: -1.0 0.0 1.0
// expect: 3.141592653589793 90.0
