public class Main {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        if (a[0].length != k) throw new IllegalArgumentException("Incompatible dimensions");
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++) {
                double sum = 0;
                for (int x = 0; x < k; x++) sum += a[i][x] * b[x][j];
                c[i][j] = sum;
            }
        return c;
    }

    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < a[0].length; j++)
                t[j][i] = a[i][j];
        return t;
    }

    static double determinant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++)
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
            if (a[pivot][col] == 0) return 0;
            if (pivot != col) {
                double[] tmp = a[pivot];
                a[pivot] = a[col];
                a[col] = tmp;
                det = -det;
            }
            det *= a[col][col];
            for (int r = col + 1; r < n; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c < n; c++) a[r][c] -= f * a[col][c];
            }
        }
        return det;
    }

    static void print(double[][] m) {
        for (double[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (double v : row) sb.append(String.format("%8.2f", v));
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        double[][] a = {{1, 2, 3}, {4, 5, 6}};
        double[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        int[][] t = transpose(new int[][] {{1, 2, 3}, {4, 5, 6}});
        System.out.println(java.util.Arrays.deepToString(t));
        System.out.println(determinant(new double[][] {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}));
        System.out.println(determinant(new double[][] {{1, 2}, {2, 4}}));
        int n = 5;
        int[][] spiral = new int[n][n];
        int top = 0, bottom = n - 1, left = 0, right = n - 1, k = 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) spiral[top][j] = k++;
            top++;
            for (int i = top; i <= bottom; i++) spiral[i][right] = k++;
            right--;
            for (int j = right; j >= left && top <= bottom; j--) spiral[bottom][j] = k++;
            bottom--;
            for (int i = bottom; i >= top && left <= right; i--) spiral[i][left] = k++;
            left++;
        }
        for (int[] row : spiral) {
            for (int v : row) System.out.printf("%3d", v);
            System.out.println();
        }
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            jag[i][0] = jag[i][i] = 1;
            for (int j = 1; j < i; j++) jag[i][j] = jag[i - 1][j - 1] + jag[i - 1][j];
        }
        System.out.println(java.util.Arrays.deepToString(jag));
        multiply(a, a);
    }
}
// expect:    58.00   64.00
// expect:   139.00  154.00
// expect: [[1, 4], [2, 5], [3, 6]]
// expect: 48.99999999999999
// expect: 0.0
// expect:   1  2  3  4  5
// expect:  16 17 18 19  6
// expect:  15 24 25 20  7
// expect:  14 23 22 21  8
// expect:  13 12 11 10  9
// expect: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]]
// expect runtime error: trap 4
// expect stderr: at Main.main(matrices.java:88)
// expect exit: 1
