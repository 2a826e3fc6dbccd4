public class Main {
    public static void main(String[] args) {
        Shape[] shapes = {new Circle(2), new Rect(3, 4), new Square(5)};
        int total = 0;
        for (Shape s : shapes) {
            System.out.println(s.name() + " area " + s.area());
            total += s.area();
        }
        System.out.println("total " + total);
    }
}

abstract class Shape {
    abstract int area();
    String name() { return "shape"; }
}

class Circle extends Shape {
    int r;
    Circle(int r) { this.r = r; }
    int area() { return 3 * r * r; }
    String name() { return "circle"; }
}

class Rect extends Shape {
    int w, h;
    Rect(int w, int h) { this.w = w; this.h = h; }
    int area() { return w * h; }
    String name() { return "rect"; }
}

class Square extends Rect {
    Square(int s) { super(s, s); }
    String name() { return "square of " + w; }
}
// expect: circle area 12
// expect: rect area 12
// expect: square of 5 area 25
// expect: total 49
