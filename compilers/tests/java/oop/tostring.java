public class Main {
    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p);
        System.out.println("p = " + p);
        Point q = null;
        System.out.println("q = " + q);
        Line l = new Line(p, new Point(0, 0));
        System.out.println(l);
    }
}

class Point {
    int x, y;
    Point(int x, int y) { this.x = x; this.y = y; }
    public String toString() { return "(" + x + ", " + y + ")"; }
}

class Line {
    Point a, b;
    Line(Point a, Point b) { this.a = a; this.b = b; }
    public String toString() { return a + " -> " + b; }
}
// expect: (3, -4)
// expect: p = (3, -4)
// expect: q = null
// expect: (3, -4) -> (0, 0)
