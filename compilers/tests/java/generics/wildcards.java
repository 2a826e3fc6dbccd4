import java.util.*;

public class Main {
    static int totalArea(List<? extends Shape> shapes) {
        int t = 0;
        for (Shape s : shapes) t += s.area();
        Shape first = shapes.get(0);
        return t + 0 * first.area();
    }

    static void addSquares(List<? super Square> out, int n) {
        for (int i = 1; i <= n; i++) out.add(new Square(i));
    }

    static int count(Collection<?> xs) {
        int n = 0;
        for (Object x : xs) n++;
        return n + 0 * xs.size();
    }

    static String describe(Map<String, ? extends Shape> m) {
        StringBuilder sb = new StringBuilder();
        for (String k : m.keySet()) sb.append(k).append('=').append(m.get(k).area()).append(' ');
        return sb.toString().trim();
    }

    static <T extends Comparable<T>> T maxOf(List<? extends T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }

    public static void main(String[] args) {
        List<Square> squares = new ArrayList<>();
        squares.add(new Square(2));
        squares.add(new Square(3));
        List<Circle> circles = List.of(new Circle(1), new Circle(2));
        System.out.println(totalArea(squares));
        System.out.println(totalArea(circles));
        List<Shape> shapes = new ArrayList<>();
        addSquares(shapes, 3);
        List<Object> objects = new ArrayList<>();
        addSquares(objects, 2);
        System.out.println(shapes.size() + " " + objects.size() + " " + totalArea(shapes));
        System.out.println(objects);
        System.out.println(count(circles) + count(List.of("a", "b", "c")));
        Map<String, Circle> named = new TreeMap<>();
        named.put("big", new Circle(3));
        named.put("small", new Circle(1));
        System.out.println(describe(named));
        List<? extends Shape> view = circles;
        System.out.println(view.get(1).area() + " " + view.size());
        List<?> any = squares;
        System.out.println(any.get(0));
        System.out.println(maxOf(List.of(3, 9, 4)) + " " + maxOf(List.of("pear", "apple")));
    }
}

interface Shape {
    int area();
}

record Square(int side) implements Shape {
    public int area() { return side * side; }
}

record Circle(int r) implements Shape {
    public int area() { return 3 * r * r; }
}
// expect: 13
// expect: 15
// expect: 3 2 14
// expect: [Square[side=1], Square[side=2]]
// expect: 5
// expect: big=27 small=3
// expect: 12 2
// expect: Square[side=2]
// expect: 9 pear
