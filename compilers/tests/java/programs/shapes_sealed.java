// A sealed interface of shapes with records and a final class, pattern matching with instanceof,
// dynamic dispatch through default methods, a switch on an enum, and sorting by a computed key.
import java.util.*;

public class Main {
    enum Unit { CM, M }

    sealed interface Shape permits Circle, Rect, Triangle {
        double area();

        double perimeter();

        default String describe() {
            return String.format("%s area=%.2f perimeter=%.2f", getClass().getSimpleName(), area(), perimeter());
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }

        public double perimeter() {
            return 2 * Math.PI * r;
        }
    }

    record Rect(double w, double h) implements Shape {
        public double area() {
            return w * h;
        }

        public double perimeter() {
            return 2 * (w + h);
        }

        boolean isSquare() {
            return w == h;
        }
    }

    static final class Triangle implements Shape {
        private final double a;
        private final double b;
        private final double c;

        Triangle(double a, double b, double c) {
            if (a + b <= c || a + c <= b || b + c <= a) {
                throw new IllegalArgumentException("not a triangle: " + a + ", " + b + ", " + c);
            }
            this.a = a;
            this.b = b;
            this.c = c;
        }

        public double area() {
            double s = perimeter() / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }

        public double perimeter() {
            return a + b + c;
        }

        @Override
        public String describe() {
            return "triangle " + a + "/" + b + "/" + c + " -> " + Shape.super.describe();
        }
    }

    static String classify(Object o) {
        if (o instanceof Rect r && r.isSquare()) {
            return "a square of side " + r.w();
        } else if (o instanceof Rect r) {
            return "a rectangle " + r.w() + "x" + r.h();
        } else if (o instanceof Circle c) {
            return "a circle of radius " + c.r();
        } else if (o instanceof Shape s) {
            return "some shape with area " + Math.round(s.area());
        } else if (o instanceof String str && !str.isEmpty()) {
            return "the text '" + str + "'";
        }
        return "nothing known";
    }

    static double convert(double value, Unit from, Unit to) {
        if (from == to) {
            return value;
        }
        switch (from) {
            case CM:
                return value / 100;
            case M:
                return value * 100;
            default:
                throw new AssertionError(from);
        }
    }

    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Circle(1.5));
        shapes.add(new Rect(2, 3));
        shapes.add(new Rect(2.5, 2.5));
        shapes.add(new Triangle(3, 4, 5));
        try {
            shapes.add(new Triangle(1, 2, 3));
        } catch (IllegalArgumentException e) {
            System.out.println("skipped: " + e.getMessage());
        }
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        shapes.sort(Comparator.comparingDouble(Shape::area));
        StringBuilder order = new StringBuilder();
        for (Shape s : shapes) {
            order.append(s.getClass().getSimpleName().charAt(0));
        }
        System.out.println("by area: " + order);
        Object[] things = {new Rect(4, 4), new Rect(1, 2), new Circle(0.5), new Triangle(2, 2, 3), "hi", "", 42};
        for (Object o : things) {
            System.out.println(classify(o));
        }
        double total = 0;
        for (Shape s : shapes) {
            total += s.area();
        }
        System.out.printf("total %.3f m2 = %.1f cm-ish%n", total, convert(total, Unit.M, Unit.CM));
        System.out.println(new Rect(1, 2).equals(new Rect(1.0, 2.0)) + " " + new Circle(2) + " " + shapes.get(0));
    }
}
// expect: skipped: not a triangle: 1.0, 2.0, 3.0
// expect: Circle area=7.07 perimeter=9.42
// expect: Rect area=6.00 perimeter=10.00
// expect: Rect area=6.25 perimeter=10.00
// expect: triangle 3.0/4.0/5.0 -> Triangle area=6.00 perimeter=12.00
// expect: by area: RTRC
// expect: a square of side 4.0
// expect: a rectangle 1.0x2.0
// expect: a circle of radius 0.5
// expect: some shape with area 2
// expect: the text 'hi'
// expect: nothing known
// expect: nothing known
// expect: total 25.319 m2 = 2531.9 cm-ish
// expect: true Circle[r=2.0] Rect[w=2.0, h=3.0]
