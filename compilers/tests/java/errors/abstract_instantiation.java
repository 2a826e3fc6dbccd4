public class Main {
    public static void main(String[] args) {
        Shape s = new Shape();
    }
}

abstract class Shape {
    abstract int area();
}
// error: 3:19: Shape is abstract; cannot be instantiated
