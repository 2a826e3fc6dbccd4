import java.util.*;

public class Main {
    static int[][] multiply(int[][] a, int[][] b) {
        int n = a.length, m = b[0].length, k = b.length;
        int[][] c = new int[n][m];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < m; j++)
                for (int t = 0; t < k; t++) c[i][j] += a[i][t] * b[t][j];
        return c;
    }
    static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) t[j][i] = a[i][j];
        return t;
    }
    static void print(int[][] m) {
        for (int[] row : m) {
            for (int v : row) System.out.printf("%4d", v);
            System.out.println();
        }
    }
    static int islands(char[][] g) {
        int count = 0;
        for (int r = 0; r < g.length; r++)
            for (int c = 0; c < g[r].length; c++)
                if (g[r][c] == '#') { count++; sink(g, r, c); }
        return count;
    }
    static void sink(char[][] g, int r, int c) {
        if (r < 0 || c < 0 || r >= g.length || c >= g[r].length || g[r][c] != '#') return;
        g[r][c] = '~';
        sink(g, r + 1, c); sink(g, r - 1, c); sink(g, r, c + 1); sink(g, r, c - 1);
    }
    public static void main(String[] args) {
        int[][] a = {{1, 2, 3}, {4, 5, 6}};
        int[][] b = {{7, 8}, {9, 10}, {11, 12}};
        print(multiply(a, b));
        print(transpose(a));
        System.out.println(Arrays.deepToString(a) + " " + Arrays.toString(a[1]) + " " + a.length + "x" + a[0].length);
        int[][] jag = new int[4][];
        for (int i = 0; i < jag.length; i++) {
            jag[i] = new int[i + 1];
            jag[i][0] = jag[i][i] = 1;
            for (int j = 1; j < i; j++) jag[i][j] = jag[i - 1][j - 1] + jag[i - 1][j];
        }
        System.out.println(Arrays.deepToString(jag));
        String[] rows = {"##..#", "#...#", "..#..", "....#", "##.##"};
        char[][] grid = new char[rows.length][];
        for (int i = 0; i < rows.length; i++) grid[i] = rows[i].toCharArray();
        System.out.println("islands: " + islands(grid));
        for (char[] row : grid) System.out.println(new String(row));
        int[][] spiral = new int[4][5];
        int top = 0, bottom = 3, left = 0, right = 4, v = 1;
        while (top <= bottom && left <= right) {
            for (int j = left; j <= right; j++) spiral[top][j] = v++;
            top++;
            for (int i = top; i <= bottom; i++) spiral[i][right] = v++;
            right--;
            if (top <= bottom) { for (int j = right; j >= left; j--) spiral[bottom][j] = v++; bottom--; }
            if (left <= right) { for (int i = bottom; i >= top; i--) spiral[i][left] = v++; left++; }
        }
        print(spiral);
        double[][] d = new double[2][3];
        d[1][2] = 2.5;
        System.out.println(Arrays.deepToString(d));
        boolean[][] flags = new boolean[2][2];
        flags[0][1] = true;
        System.out.println(Arrays.deepToString(flags) + " " + Arrays.equals(a[0], new int[]{1, 2, 3}) + " " + Arrays.deepEquals(a, new int[][]{{1, 2, 3}, {4, 5, 6}}));
        String[][] names = {{"a", "b"}, {null, "d"}};
        System.out.println(Arrays.deepToString(names));
        int[][] copy = new int[a.length][];
        for (int i = 0; i < a.length; i++) copy[i] = a[i].clone();
        copy[0][0] = 100;
        System.out.println(a[0][0] + " " + copy[0][0]);
        int[] flat = Arrays.stream(a).flatMapToInt(Arrays::stream).toArray();
        System.out.println(Arrays.toString(flat));
        int[][][] cube = new int[2][2][2];
        cube[1][1][1] = 8;
        System.out.println(cube[1][1][1] + cube[0][0][0] + " " + cube.length + cube[0].length);
        int sumDiag = 0;
        int[][] sq = {{2, 0, 1}, {3, 5, 7}, {1, 1, 9}};
        for (int i = 0; i < sq.length; i++) sumDiag += sq[i][i] + sq[i][sq.length - 1 - i];
        System.out.println("diagonals " + sumDiag);
        System.out.println(a[2][0]);
    }
}
// expect:   58  64
// expect:  139 154
// expect:    1   4
// expect:    2   5
// expect:    3   6
// expect: [[1, 2, 3], [4, 5, 6]] [4, 5, 6] 2x3
// expect: [[1], [1, 1], [1, 2, 1], [1, 3, 3, 1]]
// expect: islands: 5
// expect: ~~..~
// expect: ~...~
// expect: ..~..
// expect: ....~
// expect: ~~.~~
// expect:    1   2   3   4   5
// expect:   14  15  16  17   6
// expect:   13  20  19  18   7
// expect:   12  11  10   9   8
// expect: [[0.0, 0.0, 0.0], [0.0, 0.0, 2.5]]
// expect: [[false, true], [false, false]] true true
// expect: [[a, b], [null, d]]
// expect: 1 100
// expect: [1, 2, 3, 4, 5, 6]
// expect: 8 22
// expect: diagonals 23
// expect runtime error: trap 4
// expect stderr: at Main.main(matrix_grid.java:85)
// expect exit: 1
