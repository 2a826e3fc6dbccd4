// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass;
        private final double radius;
        static final double G = 6.67300E-11;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double surfaceGravity() {
            return G * mass / (radius * radius);
        }

        double surfaceWeight(double otherMass) {
            return otherMass * surfaceGravity();
        }
    }

    enum Day { MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;
        boolean weekend() {
            return this == SATURDAY || this == SUNDAY;
        }
    }

    sealed interface Expr permits Num, Add, Mul, Neg {}
    record Num(int value) implements Expr {}
    record Add(Expr left, Expr right) implements Expr {}
    record Mul(Expr left, Expr right) implements Expr {}
    record Neg(Expr inner) implements Expr {}

    static int eval(Expr e) {
        if (e instanceof Num n) return n.value();
        if (e instanceof Add a) return eval(a.left()) + eval(a.right());
        if (e instanceof Mul m) return eval(m.left()) * eval(m.right());
        if (e instanceof Neg n) return -eval(n.inner());
        throw new IllegalStateException();
    }

    static String show(Expr e) {
        if (e instanceof Num n) return Integer.toString(n.value());
        if (e instanceof Add a) return "(" + show(a.left()) + " + " + show(a.right()) + ")";
        if (e instanceof Mul m) return show(m.left()) + " * " + show(m.right());
        return e instanceof Neg n ? "-" + show(n.inner()) : "?";
    }

    record Point(int x, int y) implements Comparable<Point> {
        Point {
            if (x < 0 || y < 0) throw new IllegalArgumentException("negative coordinate: " + x + "," + y);
        }

        Point(int both) {
            this(both, both);
        }

        static Point origin() {
            return new Point(0, 0);
        }

        double distance(Point o) {
            return Math.hypot(x - o.x, y - o.y);
        }

        public int compareTo(Point o) {
            return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y);
        }
    }

    static String kind(Day d) {
        switch (d) {
            case SATURDAY:
            case SUNDAY:
                return "rest";
            case FRIDAY:
                return "almost";
            default:
                return "work";
        }
    }

    public static void main(String[] args) {
        double earthWeight = 175;
        double mass = earthWeight / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) {
            System.out.printf("Weight on %-8s is %8.2f (ordinal %d)%n", p, p.surfaceWeight(mass), p.ordinal());
        }
        System.out.println(Planet.valueOf("JUPITER").name() + " " + Planet.EARTH.compareTo(Planet.MERCURY));
        try {
            Planet.valueOf("PLUTO");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        for (Day d : Day.values()) {
            int len = switch (d) {
                case MONDAY, FRIDAY, SUNDAY -> 6;
                case TUESDAY -> 7;
                case THURSDAY, SATURDAY -> 8;
                case WEDNESDAY -> {
                    int n = d.toString().length();
                    yield n;
                }
            };
            System.out.print(d.name().charAt(0) + "" + len + (d.weekend() ? "*" : "") + ":" + kind(d) + " ");
        }
        System.out.println();
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Neg(new Num(4))));
        System.out.println(show(e) + " = " + eval(e));
        System.out.println(e);
        Point p = new Point(3, 4);
        System.out.println(p + " " + p.distance(Point.origin()) + " " + p.equals(new Point(3, 4)) + " " + new Point(7));
        try {
            new Point(-1, 2);
        } catch (IllegalArgumentException ex) {
            System.out.println(ex.getMessage());
        }
        List<Point> pts = new ArrayList<>(List.of(new Point(2, 1), new Point(1, 5), new Point(2, 0)));
        Collections.sort(pts);
        System.out.println(pts);
        Map<Point, String> names = new HashMap<>();
        names.put(new Point(1, 1), "one");
        System.out.println(names.get(new Point(1)) + " " + new Point(1).hashCode());
        String cmd = "stop";
        String reply = switch (cmd) {
            case "go", "start" -> "moving";
            case "stop" -> "halted";
            default -> throw new IllegalArgumentException("unknown " + cmd);
        };
        System.out.println(reply);
        int month = 2, year = 2024;
        int days = switch (month) {
            case 4, 6, 9, 11 -> 30;
            case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
            default -> 31;
        };
        System.out.println(days);
    }
}
// expect: Weight on MERCURY  is    66.11 (ordinal 0)
// expect: Weight on EARTH    is   175.00 (ordinal 1)
// expect: Weight on JUPITER  is   442.85 (ordinal 2)
// expect: JUPITER 1
// expect: No enum constant Main.Planet.PLUTO
// expect: M6:work T7:work W9:work T8:work F6:almost S8*:rest S6*:rest 
// expect: (2 + 3 * -4) = -10
// expect: Add[left=Num[value=2], right=Mul[left=Num[value=3], right=Neg[inner=Num[value=4]]]]
// expect: Point[x=3, y=4] 5.0 true Point[x=7, y=7]
// expect: negative coordinate: -1,2
// expect: [Point[x=1, y=5], Point[x=2, y=0], Point[x=2, y=1]]
// expect: one 32
// expect: halted
// expect: 29
