import java.util.*;

public class Main {
    static abstract class Shape { abstract double area(); }
    static class Circle extends Shape { double r; Circle(double r) { this.r = r; } double area() { return 3 * r * r; } }
    static class Square extends Shape { double s; Square(double s) { this.s = s; } double area() { return s * s; } }

    static void fill(Object[] slots, Object value) {
        for (int i = 0; i < slots.length; i++) {
            slots[i] = value;
        }
    }

    public static void main(String[] args) {
        Object[] numbers = new Integer[3];
        numbers[0] = 42;
        numbers[1] = null;
        try {
            numbers[2] = "forty-two";
        } catch (ArrayStoreException e) {
            System.out.println("caught " + e);
        }
        System.out.println(Arrays.toString(numbers));
        Shape[] circles = new Circle[2];
        circles[0] = new Circle(1);
        try {
            circles[1] = new Square(2);
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " " + (e instanceof ArrayStoreException));
        }
        Object[][] grid = new String[2][];
        grid[0] = new String[] {"a"};
        try {
            grid[1] = new Integer[1];
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }
        Comparable[] cs = new String[1];
        try {
            cs[0] = 5;
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }
        Object[] objs = new Object[2];
        objs[0] = "fine";
        objs[1] = 3.5;
        System.out.println(Arrays.toString(objs));
        try {
            objs = new Integer[2];
            objs[5] = "x";
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        Shape[] grown = Arrays.copyOf(circles, 3);
        Object[] names = new ArrayList<>(List.of("ada")).toArray(new String[0]);
        System.out.println(grown.getClass().getSimpleName() + " " + names.getClass().getName());
        try {
            grown[2] = new Square(1);
        } catch (ArrayStoreException e) {
            System.out.println(e.getMessage());
        }
        fill(new String[2], "ok");
        fill(new Number[2], 7L);
        fill(new Double[2], 7);
    }
}
// expect: caught java.lang.ArrayStoreException: java.lang.String
// expect: [42, null, null]
// expect: Main$Square true
// expect: [Ljava.lang.Integer;
// expect: java.lang.Integer
// expect: [fine, 3.5]
// expect: Index 5 out of bounds for length 2
// expect: Circle[] [Ljava.lang.String;
// expect: Main$Square
// expect runtime error: trap 4
// expect stderr: at Main.main(array_store.java:64)
// expect exit: 1
