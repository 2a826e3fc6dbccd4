// A type pattern in a switch is a preview feature of Java 17: javac rejects it without --enable-preview.
public class Main {
    sealed interface Shape permits Circle, Square {}
    record Circle(double r) implements Shape {}
    record Square(double side) implements Shape {}

    static double area(Shape s) {
        return switch (s) {
            case Circle c -> Math.PI * c.r() * c.r();
            case Square q -> q.side() * q.side();
        };
    }

    public static void main(String[] args) {
        System.out.println(area(new Square(2)));
    }
}
// error: 9:18: patterns in switch statements are a preview feature and are disabled by default.
