public class Main {
    static final int ROWS = 8, COLS = 10;

    static boolean[][] step(boolean[][] g) {
        boolean[][] next = new boolean[ROWS][COLS];
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                int n = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++) {
                        if (dr == 0 && dc == 0) continue;
                        int rr = (r + dr + ROWS) % ROWS, cc = (c + dc + COLS) % COLS;
                        if (g[rr][cc]) n++;
                    }
                next[r][c] = g[r][c] ? (n == 2 || n == 3) : n == 3;
            }
        }
        return next;
    }

    static void show(boolean[][] g, int gen) {
        System.out.println("Generation " + gen + ":");
        for (boolean[] row : g) {
            StringBuilder sb = new StringBuilder();
            for (boolean cell : row) sb.append(cell ? '#' : '.');
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        boolean[][] g = new boolean[ROWS][COLS];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        g[5][6] = g[5][7] = g[5][8] = true;
        for (int gen = 0; gen <= 4; gen++) {
            if (gen % 2 == 0) show(g, gen);
            g = step(g);
        }
        int alive = 0;
        for (boolean[] row : g) for (boolean b : row) if (b) alive++;
        System.out.println("alive: " + alive);
    }
}
// expect: Generation 0:
// expect: .#........
// expect: ..#.......
// expect: ###.......
// expect: ..........
// expect: ..........
// expect: ......###.
// expect: ..........
// expect: ..........
// expect: Generation 2:
// expect: ..........
// expect: ..#.......
// expect: #.#.......
// expect: .##.......
// expect: ..........
// expect: ......###.
// expect: ..........
// expect: ..........
// expect: Generation 4:
// expect: ..........
// expect: ..#.......
// expect: ...#......
// expect: .###......
// expect: ..........
// expect: ......###.
// expect: ..........
// expect: ..........
// expect: alive: 8
