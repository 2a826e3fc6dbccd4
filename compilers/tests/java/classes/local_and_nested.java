import java.util.*;

public class Main {
    static final int SCALE = 10;
    static int made = 0;

    static int scaled(int x) {
        return x * SCALE;
    }

    static class Point {
        final int x, y;

        Point(int x, int y) {
            this.x = x;
            this.y = y;
            made++;
        }

        int weight() {
            return scaled(x) + y;
        }
    }

    static class InvalidMoveException extends RuntimeException {
        InvalidMoveException(String message) {
            super(message);
        }
    }

    abstract static class Shape {
        private final String name;

        Shape(String name) {
            this.name = name;
        }

        abstract int area();

        public String toString() {
            return name + " of area " + area();
        }
    }

    static List<Shape> shapes(int side) {
        List<Shape> out = new ArrayList<>();
        out.add(new Shape("square") {
            int area() {
                return side * side;
            }
        });
        out.add(new Shape("rectangle") {
            final int other = side + 1;

            int area() {
                return side * other;
            }
        });
        return out;
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p.weight() + " " + made);

        record Pair(String left, int right) {}
        List<Pair> pairs = new ArrayList<>();
        pairs.add(new Pair("a", 1));
        pairs.add(new Pair("b", 2));
        System.out.println(pairs);

        int step = 3;
        class Stepper {
            int at;

            Stepper(int start) {
                at = start;
            }

            int next() {
                at += step;
                return at;
            }
        }
        Stepper s = new Stepper(1);
        System.out.println(s.next() + " " + s.next() + " " + s.next());

        for (Shape shape : shapes(4)) {
            System.out.println(shape);
        }

        try {
            throw new InvalidMoveException("off the board");
        } catch (InvalidMoveException e) {
            System.out.println("caught " + e.getMessage());
            System.out.println(e);
        }
        throw new InvalidMoveException("again");
    }
}
// expect: 34 1
// expect: [Pair[left=a, right=1], Pair[left=b, right=2]]
// expect: 4 7 10
// expect: square of area 16
// expect: rectangle of area 20
// expect: caught off the board
// expect: Main$InvalidMoveException: off the board
// expect runtime error: trap 4
// expect stderr: at Main.main(local_and_nested.java:98)
// expect exit: 1
