public class Main {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                for (int x = 0; x < k; x++) c[i][j] += a[i][x] * b[x][j];
        return c;
    }

    public static void main(String[] args) {
        int[][] a = {{1, 2}, {3, 4}};
        int[][] p = {{1, 0}, {0, 1}};
        for (int i = 0; i < 5; i++) p = multiply(p, a);
        for (int[] row : p) System.out.println(row[0] + " " + row[1]);
    }
}
// expect: 1069 1558
// expect: 2337 3406
