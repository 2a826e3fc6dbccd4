// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    interface Shape extends Comparable<Shape> {
        double area();

        double perimeter();

        default String describe() {
            return String.format("%s with area %.3f and perimeter %.3f", name(), area(), perimeter());
        }

        String name();

        static Shape largest(List<? extends Shape> shapes) {
            Shape best = null;
            for (Shape s : shapes) {
                if (best == null || s.area() > best.area()) {
                    best = s;
                }
            }
            return best;
        }

        @Override
        default int compareTo(Shape other) {
            return Double.compare(area(), other.area());
        }
    }

    static abstract class Polygon implements Shape {
        protected final double[] sides;

        Polygon(double... sides) {
            this.sides = sides;
        }

        public double perimeter() {
            double p = 0;
            for (double s : sides) {
                p += s;
            }
            return p;
        }

        public String name() {
            return getClass().getSimpleName().toLowerCase();
        }
    }

    static class Rectangle extends Polygon {
        Rectangle(double w, double h) {
            super(w, h, w, h);
        }

        public double area() {
            return sides[0] * sides[1];
        }
    }

    static class Square extends Rectangle {
        Square(double side) {
            super(side, side);
        }

        @Override
        public String name() {
            return "square of side " + sides[0];
        }
    }

    static class Triangle extends Polygon {
        Triangle(double a, double b, double c) {
            super(a, b, c);
            if (a + b <= c || a + c <= b || b + c <= a) {
                throw new IllegalArgumentException("not a triangle: " + a + ", " + b + ", " + c);
            }
        }

        public double area() {
            double s = perimeter() / 2;
            return Math.sqrt(s * (s - sides[0]) * (s - sides[1]) * (s - sides[2]));
        }
    }

    static final class Circle implements Shape {
        private final double r;

        Circle(double r) {
            this.r = r;
        }

        public double area() {
            return Math.PI * r * r;
        }

        public double perimeter() {
            return 2 * Math.PI * r;
        }

        public String name() {
            return "circle";
        }

        @Override
        public String toString() {
            return "Circle(r=" + r + ")";
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rectangle(3, 4.5));
        shapes.add(new Square(2.5));
        shapes.add(new Circle(1.25));
        shapes.add(new Triangle(3, 4, 5));
        try {
            shapes.add(new Triangle(1, 2, 10));
        } catch (IllegalArgumentException e) {
            System.out.println("skipped: " + e.getMessage());
        }
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        Collections.sort(shapes);
        StringBuilder order = new StringBuilder();
        for (Shape s : shapes) {
            order.append(s.name()).append(s instanceof Polygon p ? "[" + p.sides.length + "]" : "").append(' ');
        }
        System.out.println(order.toString().trim());
        System.out.println("largest: " + Shape.largest(shapes).name());
        shapes.sort(Comparator.comparing(Shape::perimeter).reversed());
        System.out.println("by perimeter: " + shapes.get(0).name() + " .. " + shapes.get(shapes.size() - 1).name());
        double total = 0;
        for (Shape s : shapes) {
            total += s.area();
        }
        System.out.printf("total area %.2f, mean %.4f%n", total, total / shapes.size());
        Object o = shapes.get(1);
        if (o instanceof Circle c) {
            System.out.println("a circle: " + c);
        } else if (o instanceof Rectangle r && !(o instanceof Square)) {
            System.out.println("a rectangle of area " + r.area());
        } else {
            System.out.println("something else: " + ((Shape) o).name());
        }
    }
}
// expect: skipped: not a triangle: 1.0, 2.0, 10.0
// expect: rectangle with area 13.500 and perimeter 15.000
// expect: square of side 2.5 with area 6.250 and perimeter 10.000
// expect: circle with area 4.909 and perimeter 7.854
// expect: triangle with area 6.000 and perimeter 12.000
// expect: circle triangle[3] square of side 2.5[4] rectangle[4]
// expect: largest: rectangle
// expect: by perimeter: rectangle .. circle
// expect: total area 30.66, mean 7.6647
// expect: something else: triangle
