public class Main {
    enum Player {
        X, O;

        Player other() {
            return this == X ? O : X;
        }
    }

    static class Board {
        private final Player[][] cells = new Player[3][3];
        private int moves;

        boolean place(int row, int col, Player p) {
            if (row < 0 || row > 2 || col < 0 || col > 2) {
                throw new IndexOutOfBoundsException("no cell " + row + "," + col);
            }
            if (cells[row][col] != null) {
                return false;
            }
            cells[row][col] = p;
            moves++;
            return true;
        }

        Player winner() {
            int[][] lines = {
                {0, 0, 0, 1, 0, 2}, {1, 0, 1, 1, 1, 2}, {2, 0, 2, 1, 2, 2},
                {0, 0, 1, 0, 2, 0}, {0, 1, 1, 1, 2, 1}, {0, 2, 1, 2, 2, 2},
                {0, 0, 1, 1, 2, 2}, {0, 2, 1, 1, 2, 0}
            };
            for (int[] l : lines) {
                Player a = cells[l[0]][l[1]];
                if (a != null && a == cells[l[2]][l[3]] && a == cells[l[4]][l[5]]) {
                    return a;
                }
            }
            return null;
        }

        boolean full() {
            return moves == 9;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    sb.append(cells[r][c] == null ? "." : cells[r][c].name());
                    if (c < 2) sb.append('|');
                }
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    public static void main(String[] args) {
        int[][] script = {{1, 1}, {0, 0}, {0, 2}, {2, 0}, {1, 0}, {1, 1}, {1, 2}, {2, 2}};
        Board board = new Board();
        Player turn = Player.X;
        for (int[] move : script) {
            if (!board.place(move[0], move[1], turn)) {
                System.out.println(turn + " cannot play " + move[0] + "," + move[1]);
                continue;
            }
            Player w = board.winner();
            if (w != null) {
                System.out.print(board);
                System.out.println("Winner: " + w + " (ordinal " + w.ordinal() + ")");
                break;
            }
            turn = turn.other();
        }
        switch (turn) {
            case X -> System.out.println("X moved last");
            case O -> System.out.println("O moved last");
        }
        System.out.println(java.util.Arrays.toString(Player.values()) + " " + Player.valueOf("O").other());
        board.place(3, 1, Player.O);
    }
}
// expect: O cannot play 1,1
// expect: O moved last
// expect: [X, O] X
// expect runtime error: trap 4
// expect stderr: at Main.main(tic_tac_toe.java:81)
// expect exit: 1
