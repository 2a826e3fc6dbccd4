import java.util.*;

public class Main {
    static void fill(List<? super Circle> out) {
        out.add(new Circle());
    }

    public static void main(String[] args) {
        List<Square> squares = new ArrayList<>();
        List<? extends Shape> shapes = squares;
        fill(squares);
    }
}

interface Shape {
}

class Circle implements Shape {
}

class Square implements Shape {
}
// error: 11:14: incompatible types: List<Square> cannot be converted to List<? super Circle>
