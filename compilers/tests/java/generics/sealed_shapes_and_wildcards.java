import java.util.*;
import java.util.function.*;

public class Main {
    static sealed abstract class Shape permits Circle, Rect, Poly {
        abstract double area();
        public String toString() { return getClass().getSimpleName() + String.format("(%.2f)", area()); }
    }
    static final class Circle extends Shape {
        final double r;
        Circle(double r) { this.r = r; }
        double area() { return Math.PI * r * r; }
    }
    static non-sealed class Rect extends Shape {
        final double w, h;
        Rect(double w, double h) { this.w = w; this.h = h; }
        double area() { return w * h; }
    }
    static class Square extends Rect {
        Square(double s) { super(s, s); }
    }
    static sealed class Poly extends Shape {
        double area() { return 0; }
    }
    static final class Tri extends Poly {
        double area() { return 0.5; }
    }
    interface Visitor<R> { R visitNum(int n); R visitPair(Node a, Node b); }
    interface Node { <R> R accept(Visitor<R> v); }
    static Node num(int n) { return new Node() { public <R> R accept(Visitor<R> v) { return v.visitNum(n); } }; }
    static Node pair(Node a, Node b) { return new Node() { public <R> R accept(Visitor<R> v) { return v.visitPair(a, b); } }; }

    static double total(List<? extends Shape> shapes) {
        double t = 0;
        for (Shape s : shapes) t += s.area();
        return t;
    }
    static <T> void addAll(Collection<? super T> dst, List<? extends T> src) { for (T x : src) dst.add(x); }
    static <T extends Comparable<? super T>> List<T> sorted(Collection<? extends T> xs) {
        List<T> out = new ArrayList<>();
        for (T x : xs) out.add(x);
        Collections.sort(out);
        return out;
    }
    static <A, B> List<B> mapList(List<A> xs, Function<? super A, ? extends B> f) {
        List<B> out = new ArrayList<>();
        for (A x : xs) out.add(f.apply(x));
        return out;
    }
    public static void main(String[] args) {
        int sealed = 3;
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3), new Square(2), new Tri());
        System.out.println(shapes + " " + sealed);
        System.out.printf("%.3f%n", total(shapes));
        List<Rect> rects = new ArrayList<>(List.of(new Rect(1, 1), new Square(3)));
        System.out.printf("%.1f%n", total(rects));
        List<Object> sink = new ArrayList<>();
        addAll(sink, rects);
        Main.<Shape>addAll(sink, List.of(new Tri()));
        System.out.println(sink.size() + " " + sorted(Set.of(5, 1, 4)) + " " + sorted(List.of("b", "a")).get(0).length());
        List<Integer> lens = mapList(List.of("aa", "b", "cccc"), String::length);
        System.out.println(lens + " " + mapList(lens, x -> x * 0.5));
        Node tree = pair(num(1), pair(num(2), num(3)));
        int sum = tree.accept(new Visitor<Integer>() {
            public Integer visitNum(int n) { return n; }
            public Integer visitPair(Node a, Node b) { return a.accept(this) + b.accept(this); }
        });
        String shown = tree.accept(new Visitor<String>() {
            public String visitNum(int n) { return "" + n; }
            public String visitPair(Node a, Node b) { return "(" + a.accept(this) + " " + b.accept(this) + ")"; }
        });
        System.out.println(sum + " " + shown);
        Optional<Shape> big = shapes.stream().filter(s -> s.area() > 5).findFirst();
        System.out.println(big.map(Shape::toString).orElse("none"));
    }
}
// expect: [Circle(3.14), Rect(6.00), Square(4.00), Tri(0.50)] 3
// expect: 13.642
// expect: 10.0
// expect: 3 [1, 4, 5] 1
// expect: [2, 1, 4] [1.0, 0.5, 2.0]
// expect: 6 (1 (2 3))
// expect: Rect(6.00)
