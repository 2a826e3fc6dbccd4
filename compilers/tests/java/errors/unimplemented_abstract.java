public class Main {
    public static void main(String[] args) {
        System.out.println("never");
    }
}

interface Shape {
    int area();
}

class Circle implements Shape {
}
// error: 11:1: Circle is not abstract and does not override abstract method area() in Shape
