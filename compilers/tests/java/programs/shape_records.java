import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Rect(3, 4));
        shapes.add(new Triangle(6, 5));
        shapes.add(new Rect(2, 2));
        shapes.add(new Triangle(3, 3));
        Collections.sort(shapes);
        for (Shape s : shapes) {
            System.out.println(s.describe());
        }
        System.out.println("largest: " + Collections.max(shapes));
        int scaledArea = 0;
        for (Shape s : shapes) {
            if (s instanceof Scalable sc) {
                scaledArea += sc.scale(2).area();
            }
        }
        System.out.println("scaled rect area: " + scaledArea);
        Set<Shape> unique = new HashSet<>(List.of(new Rect(1, 2), new Rect(1, 2), new Triangle(1, 2)));
        System.out.println(unique.size());
        System.out.println(new Rect(5, 5).equals(new Rect(5, 5)) + " " + new Rect(5, 5));
        Shape bad = new Rect(0, 3);
    }
}

interface Shape extends Comparable<Shape> {
    int area();

    String name();

    default String describe() {
        return name() + " with area " + area();
    }

    @Override
    default int compareTo(Shape other) {
        return Integer.compare(area(), other.area());
    }
}

interface Scalable {
    Shape scale(int factor);
}

record Rect(int w, int h) implements Shape, Scalable {
    Rect {
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("non-positive side: " + w + "x" + h);
        }
    }

    public int area() {
        return w * h;
    }

    public String name() {
        return w == h ? "square" : "rectangle";
    }

    public Shape scale(int factor) {
        return new Rect(w * factor, h * factor);
    }
}

record Triangle(int base, int height) implements Shape {
    public int area() {
        return base * height / 2;
    }

    public String name() {
        return "triangle";
    }
}
// expect: square with area 4
// expect: triangle with area 4
// expect: rectangle with area 12
// expect: triangle with area 15
// expect: largest: Triangle[base=6, height=5]
// expect: scaled rect area: 64
// expect: 2
// expect: true Rect[w=5, h=5]
// expect runtime error: trap 4
// expect stderr: at Main.main(shape_records.java:25)
// expect exit: 1
