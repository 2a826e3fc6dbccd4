// A course-style program; the expected lines are java 17's output (`java Main.java`).
public class Main {
    static int[][] multiply(int[][] a, int[][] b) {
        if (a[0].length != b.length) {
            throw new IllegalArgumentException("shapes " + a.length + "x" + a[0].length + " and " + b.length + "x" + b[0].length);
        }
        int[][] c = new int[a.length][b[0].length];
        for (int i = 0; i < a.length; i++)
            for (int j = 0; j < b[0].length; j++)
                for (int k = 0; k < b.length; k++)
                    c[i][j] += a[i][k] * b[k][j];
        return c;
    }

    static int[][] transpose(int[][] m) {
        int[][] t = new int[m[0].length][m.length];
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m[i].length; j++) {
                t[j][i] = m[i][j];
            }
        }
        return t;
    }

    static double determinant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double det = 1;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
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
                for (int k = col; k < n; k++) a[r][k] -= f * a[col][k];
            }
        }
        return det;
    }

    static void print(int[][] m) {
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int v : row) sb.append(String.format("%5d", v));
            System.out.println(sb);
        }
    }

    static int[][] spiralFill(int n) {
        int[][] g = new int[n][n];
        int top = 0, bottom = n - 1, left = 0, right = n - 1, v = 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) g[top][j] = v++;
            top++;
            for (int i = top; i <= bottom; i++) g[i][right] = v++;
            right--;
            if (top <= bottom) {
                for (int j = right; j >= left; j--) g[bottom][j] = v++;
                bottom--;
            }
            if (left <= right) {
                for (int i = bottom; i >= top; i--) g[i][left] = v++;
                left++;
            }
        }
        return g;
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        print(transpose(a));
        try {
            multiply(a, a);
        } catch (IllegalArgumentException e) {
            System.out.println("error: " + e.getMessage());
        }
        double[][] m = {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}};
        System.out.println("det = " + determinant(m));
        System.out.printf("det = %.4f%n", determinant(new double[][] {{0.1, 0.2}, {0.3, 0.4}}));
        print(spiralFill(4));
        int[][] jagged = new int[4][];
        for (int i = 0; i < jagged.length; i++) {
            jagged[i] = new int[i + 1];
            jagged[i][0] = jagged[i][i] = 1;
            for (int j = 1; j < i; j++) jagged[i][j] = jagged[i - 1][j - 1] + jagged[i - 1][j];
        }
        System.out.println(java.util.Arrays.deepToString(jagged));
        char[][] board = new char[3][3];
        for (char[] row : board) java.util.Arrays.fill(row, '.');
        board[1][1] = 'X';
        board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        long[][] big = new long[2][2];
        big[0][0] = Integer.MAX_VALUE;
        big[0][0] *= 4;
        System.out.println(big[0][0] + " " + big[1].length + " " + (big[1][1] == 0L));
        boolean[][] seen = new boolean[2][3];
        seen[1][2] = true;
        int count = 0;
        for (boolean[] row : seen) for (boolean s : row) if (!s) count++;
        System.out.println(count + " unseen");
        try {
            System.out.println(a[2][0]);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect:    58   64
// expect:   139  154
// expect:     1    4
// expect:     2    5
// expect:     3    6
// expect: error: shapes 2x3 and 2x3
// expect: det = 48.99999999999999
// expect: det = -0.0200
// expect:     1    2    3    4
// expect:    12   13   14    5
// expect:    11   16   15    6
// expect:    10    9    8    7
// expect: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]]
// expect: ..O
// expect: .X.
// expect: ...
// expect: 8589934588 2 true
// expect: 5 unseen
// expect: Index 2 out of bounds for length 2
