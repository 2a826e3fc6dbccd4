public class Main {
    interface Shape {
        double area();

        double perimeter();
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
    }

    record Triangle(double a, double b, double c) implements Shape {
        public double area() {
            double s = (a + b + c) / 2;
            return Math.sqrt(s * (s - a) * (s - b) * (s - c));
        }

        public double perimeter() {
            return a + b + c;
        }
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Circle(2.5), new Rect(3, 4.5), new Triangle(3, 4, 5)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s + " area=" + s.area() + " perimeter=" + s.perimeter());
            total += s.area();
        }
        System.out.printf("total area %.3f%n", total);
        double angle = Math.atan2(4, 3);
        System.out.println("angle " + Math.toDegrees(angle));
        System.out.println("distance " + Math.hypot(-3, 4));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: Circle[r=1.0] area=3.141592653589793 perimeter=6.283185307179586
// expect: Circle[r=2.5] area=19.634954084936208 perimeter=15.707963267948966
// expect: Rect[w=3.0, h=4.5] area=13.5 perimeter=15.0
// expect: Triangle[a=3.0, b=4.0, c=5.0] area=6.0 perimeter=12.0
// expect: total area 42.277
// expect: angle 53.13010235415598
// expect: distance 5.0
