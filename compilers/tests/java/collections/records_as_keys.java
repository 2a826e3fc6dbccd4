import java.util.*;

public class Main {
    record Point(int x, int y) {}

    record Move(String piece, Point to) {}

    public static void main(String[] args) {
        Map<Point, String> board = new HashMap<>();
        board.put(new Point(0, 0), "rook");
        board.put(new Point(4, 0), "king");
        board.put(new Point(3, 7), "queen");
        board.put(new Point(0, 0), "castle");
        System.out.println(board.size() + " " + board.get(new Point(0, 0)) + " " + board.containsKey(new Point(7, 7)));
        System.out.println(board);
        Set<Point> visited = new HashSet<>();
        int x = 0, y = 0;
        for (int step = 0; step < 40; step++) {
            visited.add(new Point(x, y));
            x = (x * 3 + 1) % 7;
            y = (y + x) % 5;
        }
        System.out.println(visited.size() + " " + visited.contains(new Point(0, 0)));
        List<Move> moves = new ArrayList<>();
        moves.add(new Move("pawn", new Point(4, 3)));
        moves.add(new Move("knight", new Point(5, 2)));
        moves.add(new Move("pawn", new Point(4, 3)));
        System.out.println(moves.get(0).equals(moves.get(2)) + " " + moves.indexOf(new Move("knight", new Point(5, 2))));
        System.out.println(new HashSet<>(moves).size() + " " + moves.get(1));
        TreeMap<String, List<Point>> byPiece = new TreeMap<>();
        for (Move m : moves) {
            byPiece.computeIfAbsent(m.piece(), k -> new ArrayList<>()).add(m.to());
        }
        System.out.println(byPiece);
    }
}
// expect: 3 castle false
// expect: {Point[x=0, y=0]=castle, Point[x=3, y=7]=queen, Point[x=4, y=0]=king}
// expect: 30 true
// expect: true 1
// expect: 2 Move[piece=knight, to=Point[x=5, y=2]]
// expect: {knight=[Point[x=5, y=2]], pawn=[Point[x=4, y=3], Point[x=4, y=3]]}
