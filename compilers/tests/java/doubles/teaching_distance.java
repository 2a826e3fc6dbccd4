public class Main {
    static class Point {
        double x, y;

        Point(double x, double y) {
            this.x = x;
            this.y = y;
        }

        double distanceTo(Point other) {
            double dx = x - other.x;
            double dy = y - other.y;
            return Math.sqrt(dx * dx + dy * dy);
        }

        public String toString() {
            return "(" + x + ", " + y + ")";
        }
    }

    public static void main(String[] args) {
        Point[] pts = {new Point(0, 0), new Point(3, 4), new Point(-1.5, 2.5), new Point(10, -7.25)};
        double perimeter = 0;
        for (int i = 0; i < pts.length; i++) {
            Point a = pts[i];
            Point b = pts[(i + 1) % pts.length];
            double d = a.distanceTo(b);
            perimeter += d;
            System.out.println(a + " -> " + b + ": " + d);
        }
        System.out.println("Perimeter: " + perimeter);
        Point mid = new Point((pts[0].x + pts[1].x) / 2, (pts[0].y + pts[1].y) / 2);
        System.out.println("Midpoint of first two: " + mid);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: (0.0, 0.0) -> (3.0, 4.0): 5.0
// expect: (3.0, 4.0) -> (-1.5, 2.5): 4.743416490252569
// expect: (-1.5, 2.5) -> (10.0, -7.25): 15.076886283314602
// expect: (10.0, -7.25) -> (0.0, 0.0): 12.351619327035625
// expect: Perimeter: 37.1719221006028
// expect: Midpoint of first two: (1.5, 2.0)
