import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        double[] a = new double[4];
        System.out.println(Arrays.toString(a));
        double[] b = {3.5, -1.0, 2.25, 0.0, -0.0, 10};
        Arrays.sort(b);
        System.out.println(Arrays.toString(b));
        Arrays.fill(a, 0.5);
        System.out.println(Arrays.toString(a));
        double[][] grid = new double[2][3];
        grid[1][2] = 1.5;
        for (double[] row : grid) {
            System.out.println(Arrays.toString(row));
        }
        double total = 0;
        for (double x : b) {
            total += x;
        }
        System.out.println(total / b.length);
        System.out.println(b.length + " " + b[b.length - 1]);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: [0.0, 0.0, 0.0, 0.0]
// expect: [-1.0, -0.0, 0.0, 2.25, 3.5, 10.0]
// expect: [0.5, 0.5, 0.5, 0.5]
// expect: [0.0, 0.0, 0.0]
// expect: [0.0, 0.0, 1.5]
// expect: 2.4583333333333335
// expect: 6 10.0
