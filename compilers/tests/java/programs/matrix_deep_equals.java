// Expected output: java 17's (java matrix_deep_equals.java).
import java.util.*;

public class Main {
    static class Matrix {
        private final int[][] a;
        Matrix(int[][] a) { this.a = a; }
        Matrix times(Matrix o) {
            int n = a.length, m = o.a[0].length, k = o.a.length;
            if (a[0].length != k) throw new IllegalArgumentException("shape " + n + "x" + a[0].length + " * " + k + "x" + m);
            int[][] r = new int[n][m];
            for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) for (int t = 0; t < k; t++) r[i][j] += a[i][t] * o.a[t][j];
            return new Matrix(r);
        }
        Matrix transpose() {
            int[][] t = new int[a[0].length][a.length];
            for (int i = 0; i < a.length; i++) for (int j = 0; j < a[0].length; j++) t[j][i] = a[i][j];
            return new Matrix(t);
        }
        @Override public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int[] row : a) sb.append(Arrays.toString(row)).append('\n');
            return sb.toString();
        }
        @Override public boolean equals(Object o) { return o instanceof Matrix m && Arrays.deepEquals(a, m.a); }
    }
    public static void main(String[] args) {
        Matrix m = new Matrix(new int[][]{{1, 2, 3}, {4, 5, 6}});
        System.out.print(m.times(m.transpose()));
        System.out.print(m.transpose());
        System.out.println(m.transpose().transpose().equals(m));
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) { jag[i] = new int[i + 1]; jag[i][0] = jag[i][i] = 1; for (int j = 1; j < i; j++) jag[i][j] = jag[i-1][j-1] + jag[i-1][j]; }
        System.out.println(Arrays.deepToString(jag));
        int[] copy = Arrays.copyOf(jag[3], 6);
        Arrays.fill(copy, 4, 6, -1);
        System.out.println(Arrays.toString(copy) + " " + Arrays.equals(jag[2], new int[]{1, 2, 1}));
        try { m.times(m); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        int[] arr = {5, 3};
        System.out.println(arr[2]);
    }
}

// expect: [14, 32]
// expect: [32, 77]
// expect: [1, 4]
// expect: [2, 5]
// expect: [3, 6]
// expect: true
// expect: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]]
// expect: [1, 3, 3, 1, -1, -1] true
// expect: shape 2x3 * 2x3
// expect runtime error: trap 4
// expect stderr: at Main.main(matrix_deep_equals.java:40)
// expect exit: 1
