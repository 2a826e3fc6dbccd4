import java.util.*;

public class Main {
    record Point(double x, double y) {
        double distance() {
            return Math.sqrt(x * x + y * y);
        }
    }

    public static void main(String[] args) {
        Point p = new Point(3, 4);
        System.out.println(p);
        System.out.println(p.distance());
        System.out.println(p.equals(new Point(3.0, 4.0)));
        System.out.println(new Point(0.0, 1).equals(new Point(-0.0, 1)));
        System.out.println(new Point(Double.NaN, 1).equals(new Point(Double.NaN, 1)));
        System.out.println(p.hashCode() + " " + new Point(0.5, -2.25).hashCode());
        Set<Point> seen = new HashSet<>();
        seen.add(p);
        seen.add(new Point(3, 4));
        seen.add(new Point(1.5, 2.5));
        System.out.println(seen.size() + " " + seen);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: Point[x=3.0, y=4.0]
// expect: 5.0
// expect: true
// expect: false
// expect: true
// expect: 17301504 2082603008
// expect: 2 [Point[x=3.0, y=4.0], Point[x=1.5, y=2.5]]
