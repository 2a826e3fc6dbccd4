import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Circle> circles = new ArrayList<>();
        List<? extends Shape> shapes = circles;
        shapes.add(new Circle());
    }
}

interface Shape {
}

class Circle implements Shape {
}
// error: 7:20: incompatible types: Circle cannot be converted to CAP#1
