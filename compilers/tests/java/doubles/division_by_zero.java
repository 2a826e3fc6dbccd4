public class Main {
    public static void main(String[] args) {
        double zero = 0;
        System.out.println(1 / zero);
        System.out.println(-1 / zero);
        System.out.println(0 / zero);
        System.out.println(1 / -zero);
        System.out.println(5 / 0.0 - 5 / 0.0);
        System.out.println(1.0 / (1 / zero));
        System.out.println(1.0 / (-1 / zero));
        int i = 5;
        System.out.println(i / 0.0);
        try {
            System.out.println(i / 0);
        } catch (ArithmeticException e) {
            System.out.println("int: " + e.getMessage());
        }
        System.out.println("still running");
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: Infinity
// expect: -Infinity
// expect: NaN
// expect: -Infinity
// expect: NaN
// expect: 0.0
// expect: -0.0
// expect: Infinity
// expect: int: / by zero
// expect: still running
