import java.util.Arrays;

public class Main {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        if (a[0].length != k) {
            throw new IllegalArgumentException("shapes do not match");
        }
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                int sum = 0;
                for (int t = 0; t < k; t++) {
                    sum += a[i][t] * b[t][j];
                }
                c[i][j] = sum;
            }
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

    static void print(int[][] m) {
        for (int[] row : m) {
            StringBuilder sb = new StringBuilder();
            for (int j = 0; j < row.length; j++) {
                if (j > 0) sb.append(' ');
                sb.append(String.format("%4d", row[j]));
            }
            System.out.println(sb);
        }
    }

    static int determinant(int[][] m) {
        if (m.length == 1) return m[0][0];
        int det = 0;
        for (int col = 0; col < m.length; col++) {
            int[][] minor = new int[m.length - 1][m.length - 1];
            for (int i = 1; i < m.length; i++) {
                int c2 = 0;
                for (int j = 0; j < m.length; j++) {
                    if (j == col) continue;
                    minor[i - 1][c2++] = m[i][j];
                }
            }
            det += (col % 2 == 0 ? 1 : -1) * m[0][col] * determinant(minor);
        }
        return det;
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        System.out.println("--");
        print(transpose(a));
        System.out.println("det = " + determinant(new int[][] {{2, -3, 1}, {2, 0, -1}, {1, 4, 5}}));
        int[][] identity = new int[3][3];
        for (int i = 0; i < 3; i++) identity[i][i] = 1;
        System.out.println(Arrays.deepToString(identity));
        print(multiply(a, a));
    }
}
// expect:   58   64
// expect:  139  154
// expect: --
// expect:    1    4
// expect:    2    5
// expect:    3    6
// expect: det = 49
// expect: [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
// expect runtime error: trap 4
// expect stderr: at Main.main(matrix_ops.java:68)
// expect exit: 1
