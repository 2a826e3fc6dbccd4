public class Main {
    static void risky(int k) {
        int[] a = new int[2];
        if (k == 0) a[5] = 1;
        if (k == 1) System.out.println(1 / (k - 1));
        if (k == 2) throw new IllegalStateException("state");
    }

    public static void main(String[] args) {
        for (int k = 0; k < 3; k++) {
            try {
                risky(k);
            } catch (ArrayIndexOutOfBoundsException | ArithmeticException e) {
                System.out.println("math or bounds: " + e.getMessage());
            } catch (RuntimeException e) {
                System.out.println("other: " + e);
            }
        }
    }
}
// expect: math or bounds: Index 5 out of bounds for length 2
// expect: math or bounds: / by zero
// expect: other: java.lang.IllegalStateException: state
