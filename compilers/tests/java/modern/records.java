import java.util.*;

public class Main {
    public static void main(String[] args) {
        Shape[] shapes = { new Rect(3, 4), new Square(5), new Rect(100000, 100000) };
        long total = 0;
        for (Shape s : shapes) {
            System.out.println(s + " area " + s.area());
            total += s.area();
        }
        System.out.println("total " + total);
        Pair p = new Pair("one");
        Pair q = new Pair("one", new Square(1));
        System.out.println(p + " " + p.equals(q) + " " + (p.hashCode() == q.hashCode()) + " " + Pair.made);
        System.out.println(p.first() + " " + p.second().area());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        Bits b = new Bits((byte) -3, (short) 300, -1234567890123456789L, false);
        System.out.println(b + " " + b.hashCode());
        System.out.println(new Pair(null, null) + " " + new Pair(null, null).hashCode()
            + " " + new Pair(null, null).equals(new Pair(null, null)) + " " + p.equals("one"));
        try {
            new Square(-2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}

interface Shape {
    long area();
}

record Rect(int w, int h) implements Shape {
    public long area() {
        return (long) w * h;
    }
}

record Square(int side) implements Shape {
    Square {
        if (side <= 0) {
            throw new IllegalArgumentException("side must be positive: " + side);
        }
    }

    public long area() {
        return (long) side * side;
    }
}

record Pair(String first, Shape second) {
    static int made = 0;

    Pair(String first) {
        this(first, new Square(1));
        made++;
    }
}

record Empty() {}

record Bits(byte b, short s, long big, boolean flag) {}
// expect: Rect[w=3, h=4] area 12
// expect: Square[side=5] area 25
// expect: Rect[w=100000, h=100000] area 10000000000
// expect: total 10000000037
// expect: Pair[first=one, second=Square[side=1]] true true 1
// expect: one 1
// expect: Empty[] true 0
// expect: Bits[b=-3, s=300, big=-1234567890123456789, flag=false] 749320196
// expect: Pair[first=null, second=null] 0 true false
// expect: side must be positive: -2
