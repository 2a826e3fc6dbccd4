import java.util.*;

public class Main {
    enum Color { RED, GREEN, BLUE }

    enum Planet {
        MERCURY(3, 7), EARTH(6, 10);
        private final int mass;
        private final int radius;
        Planet(int mass, int radius) { this.mass = mass; this.radius = radius; }
        int gravity() { return mass * 100 / (radius * radius); }
        @Override public String toString() { return name().toLowerCase() + "!"; }
    }

    record Point(int x, int y) {
        Point {
            if (x < 0) throw new IllegalArgumentException("negative x");
        }
        int sum() { return x + y; }
    }

    record Named(String name, long id, boolean ok, char c) {}

    static String describe(Color c) {
        return switch (c) {
            case RED -> "warm";
            case GREEN, BLUE -> {
                String s = "cool";
                yield s + c.ordinal();
            }
        };
    }

    public static void main(String[] args) {
        for (Color c : Color.values()) {
            System.out.println(c + " " + c.ordinal() + " " + c.name() + " " + describe(c));
        }
        var p = Planet.EARTH;
        System.out.println(p + " " + p.gravity() + " " + Planet.valueOf("MERCURY").gravity());
        switch (Color.BLUE) {
            case RED: System.out.println("r"); break;
            case BLUE: System.out.println("b");
            default: System.out.println("fall");
        }
        var pt = new Point(3, 4);
        System.out.println(pt + " " + pt.x() + " " + pt.sum() + " " + pt.hashCode());
        System.out.println(pt.equals(new Point(3, 4)) + " " + pt.equals(new Point(4, 3)) + " " + (pt == new Point(3, 4)));
        Named n = new Named("ada", 1234567890123L, true, 'q');
        System.out.println(n + " " + n.hashCode() + " " + n.equals(new Named("ada", 1234567890123L, true, 'q')));
        System.out.println(new Named(null, -5, false, 'x').hashCode());
        int k = 7;
        int r = switch (k % 3) { case 0 -> 10; case 1 -> { yield 20; } default -> 30; };
        System.out.println(r);
        String w = switch ("b") { case "a": yield "A"; case "b": case "c": yield "BC"; default: yield "?"; };
        System.out.println(w + Color.RED.compareTo(Color.BLUE));
        try {
            Color.valueOf("PURPLE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try { new Point(-1, 0); } catch (IllegalArgumentException e) { System.out.println(e); }
    }
}
// expect: RED 0 RED warm
// expect: GREEN 1 GREEN cool1
// expect: BLUE 2 BLUE cool2
// expect: earth! 6 6
// expect: b
// expect: fall
// expect: Point[x=3, y=4] 3 7 97
// expect: true false false
// expect: Named[name=ada, id=1234567890123, ok=true, c=q] -1971007240 true
// expect: 42311
// expect: 20
// expect: BC-2
// expect: No enum constant Main.Color.PURPLE
// expect: java.lang.IllegalArgumentException: negative x
