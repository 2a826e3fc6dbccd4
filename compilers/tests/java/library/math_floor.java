public class Main {
    public static void main(String[] args) {
        int[][] pairs = {{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}};
        for (int[] p : pairs) {
            System.out.println(p[0] + " " + p[1] + ": " + p[0] / p[1] + " " + p[0] % p[1] + " "
                + Math.floorDiv(p[0], p[1]) + " " + Math.floorMod(p[0], p[1]));
        }
        System.out.println(Math.floorDiv(Integer.MIN_VALUE, -1));
        try {
            Math.floorMod(1, 0);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: 7 3: 2 1 2 1
// expect: -7 3: -2 -1 -3 2
// expect: 7 -3: -2 1 -3 -2
// expect: -7 -3: 2 -1 2 -1
// expect: 0 5: 0 0 0 0
// expect: -2147483648
// expect: / by zero
