// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    enum Cell {
        EMPTY('.'), X('X'), O('O');

        final char symbol;

        Cell(char symbol) {
            this.symbol = symbol;
        }

        Cell opponent() {
            return switch (this) {
                case X -> O;
                case O -> X;
                case EMPTY -> throw new IllegalStateException("no opponent for EMPTY");
            };
        }
    }

    static final class Board {
        private final Cell[][] cells = new Cell[3][3];

        Board() {
            for (Cell[] row : cells) Arrays.fill(row, Cell.EMPTY);
        }

        boolean place(int r, int c, Cell who) {
            if (r < 0 || r > 2 || c < 0 || c > 2 || cells[r][c] != Cell.EMPTY) return false;
            cells[r][c] = who;
            return true;
        }

        Cell winner() {
            int[][] lines = {{0, 0, 0, 1, 0, 2}, {1, 0, 1, 1, 1, 2}, {2, 0, 2, 1, 2, 2}, {0, 0, 1, 0, 2, 0},
                {0, 1, 1, 1, 2, 1}, {0, 2, 1, 2, 2, 2}, {0, 0, 1, 1, 2, 2}, {0, 2, 1, 1, 2, 0}};
            for (int[] l : lines) {
                Cell a = cells[l[0]][l[1]];
                if (a != Cell.EMPTY && a == cells[l[2]][l[3]] && a == cells[l[4]][l[5]]) return a;
            }
            return Cell.EMPTY;
        }

        boolean full() {
            for (Cell[] row : cells) for (Cell c : row) if (c == Cell.EMPTY) return false;
            return true;
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (Cell[] row : cells) {
                for (Cell c : row) sb.append(c.symbol);
                sb.append('\n');
            }
            return sb.toString();
        }
    }

    static int minimax(Board b, Cell turn, Cell me, int[] calls) {
        calls[0]++;
        Cell w = b.winner();
        if (w == me) return 1;
        if (w == me.opponent()) return -1;
        if (b.full()) return 0;
        int best = turn == me ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                if (b.cells[r][c] != Cell.EMPTY) continue;
                b.cells[r][c] = turn;
                int score = minimax(b, turn.opponent(), me, calls);
                b.cells[r][c] = Cell.EMPTY;
                best = turn == me ? Math.max(best, score) : Math.min(best, score);
            }
        }
        return best;
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        Board board = new Board();
        Cell turn = Cell.X;
        while (in.hasNextInt()) {
            int r = in.nextInt(), c = in.nextInt();
            if (!board.place(r, c, turn)) {
                System.out.println("illegal move " + r + "," + c + " by " + turn);
                continue;
            }
            Cell w = board.winner();
            if (w != Cell.EMPTY) {
                System.out.print(board);
                System.out.println(w + " wins");
                break;
            }
            turn = turn.opponent();
        }
        Board fresh = new Board();
        fresh.place(0, 0, Cell.X);
        fresh.place(1, 1, Cell.O);
        fresh.place(2, 2, Cell.X);
        int[] calls = {0};
        int v = minimax(fresh, Cell.O, Cell.O, calls);
        System.out.println("value for O: " + v + " after " + calls[0] + " positions");
        try {
            Cell.EMPTY.opponent();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Arrays.toString(Cell.values()) + " " + Cell.valueOf("O").symbol);
    }
}
// stdin: 1 1
// stdin: 0 0
// stdin: 1 1
// stdin: 0 2
// stdin: 0 1
// stdin: 2 1
// stdin: 2 0
// stdin: 1 0
// stdin: 2 2
// stdin: 1 2
// expect: illegal move 1,1 by X
// expect: OOX
// expect: XXX
// expect: OXO
// expect: X wins
// expect: value for O: 0 after 1053 positions
// expect: no opponent for EMPTY
// expect: [EMPTY, X, O] O
