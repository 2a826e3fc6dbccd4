public class Main {
    public static void main(String[] args) {
        int[] ds = {5, 0, -2};
        for (int d : ds) {
            try {
                System.out.println(100 / d);
            } catch (ArithmeticException e) {
                System.out.println("caught: " + e.getMessage());
                System.out.println(e);
            }
        }
        try {
            long z = 0;
            System.out.println(5L % z);
        } catch (ArithmeticException e) {
            System.out.println("long: " + e.getMessage());
        }
    }
}
// expect: 20
// expect: caught: / by zero
// expect: java.lang.ArithmeticException: / by zero
// expect: -50
// expect: long: / by zero
