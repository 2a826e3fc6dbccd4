import java.util.*;
import java.util.function.*;

public class Main {
    interface Shape { double area(double s); String label(); }
    enum Kind implements Shape {
        SQUARE {
            public double area(double s) { return s * s; }
        },
        CIRCLE {
            private final double pi = 3.0;
            public double area(double s) { return pi * s * s; }
            public String label() { return "round " + super.label(); }
        };
        public String label() { return "kind " + name() + " #" + ordinal(); }
    }
    enum Level {
        LOW(1), HIGH(10) {
            @Override int weight() { return base * 2 + bonus(); }
            int bonus() { return 5; }
        };
        protected final int base;
        Level(int base) { this.base = base; }
        int weight() { return base; }
    }
    enum Div {
        SAFE { int run(int a) { return a / 2; } },
        UNSAFE { int run(int a) { return a / 0; } };
        abstract int run(int a);
    }
    public static void main(String[] args) {
        for (Kind k : Kind.values()) System.out.println(k.label() + " " + k.area(2.0) + " " + (k instanceof Shape));
        Map<Level, Integer> m = new TreeMap<>();
        for (Level l : Level.values()) m.put(l, l.weight());
        System.out.println(m);
        List<Level> ls = new ArrayList<>(List.of(Level.HIGH, Level.LOW));
        Collections.sort(ls);
        System.out.println(ls + " " + Level.valueOf("HIGH").weight());
        Level h = Level.HIGH;
        String s = switch (h) { case LOW -> "low"; case HIGH -> "high"; };
        System.out.println(s + " " + h.getClass().getSimpleName().isEmpty() + " " + h.getClass().getName());
        System.out.println(Div.SAFE.run(9));
        System.out.println(Div.UNSAFE.run(9));
    }
}
// expect: kind SQUARE #0 4.0 true
// expect: round kind CIRCLE #1 12.0 true
// expect: {LOW=1, HIGH=25}
// expect: [LOW, HIGH] 25
// expect: high true Main$Level$1
// expect: 4
// expect runtime error: trap 4
// expect stderr: at Main.main(enum_constant_bodies_implement.java:43)
