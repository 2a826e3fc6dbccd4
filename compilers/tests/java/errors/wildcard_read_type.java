import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Circle> circles = new ArrayList<>();
        circles.add(new Circle());
        List<? extends Shape> shapes = circles;
        Circle c = shapes.get(0);
    }
}

interface Shape {
}

class Circle implements Shape {
}
// javac names the value's type CAP#1 (the capture of ? extends Shape); ours names its bound, Shape
// error: 8:30: incompatible types:
