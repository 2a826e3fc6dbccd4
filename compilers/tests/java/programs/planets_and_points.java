// Enums with fields, constructors, methods and a constant-specific body; records with compact
// constructors, static factories and derived values; EnumMap-free tallies with a TreeMap.
import java.util.*;

public class Main {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6),
        VENUS(4.869e+24, 6.0518e6),
        EARTH(5.976e+24, 6.37814e6),
        MARS(6.421e+23, 3.3972e6),
        JUPITER(1.9e+27, 7.1492e7);

        static final double G = 6.67300E-11;
        private final double mass;
        private final double radius;

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

        boolean isGiant() {
            return radius > 2e7;
        }
    }

    enum Op {
        ADD("+") {
            int apply(int a, int b) {
                return a + b;
            }
        },
        SUB("-") {
            int apply(int a, int b) {
                return a - b;
            }
        },
        POW("^") {
            int apply(int a, int b) {
                if (b < 0) {
                    throw new ArithmeticException("negative exponent");
                }
                int r = 1;
                for (int i = 0; i < b; i++) {
                    r *= a;
                }
                return r;
            }
        };

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        abstract int apply(int a, int b);
    }

    record Point(int x, int y) implements Comparable<Point> {
        static final Point ORIGIN = new Point(0, 0);

        Point {
            if (Math.abs(x) > 1000 || Math.abs(y) > 1000) {
                throw new IllegalArgumentException("out of range: " + x + "," + y);
            }
        }

        static Point of(String text) {
            String[] parts = text.split(",");
            return new Point(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        }

        int manhattan(Point other) {
            return Math.abs(x - other.x) + Math.abs(y - other.y);
        }

        Point plus(Point other) {
            return new Point(x + other.x, y + other.y);
        }

        public int compareTo(Point o) {
            return x != o.x ? Integer.compare(x, o.x) : Integer.compare(y, o.y);
        }
    }

    public static void main(String[] args) {
        double earthWeight = 70.0;
        double mass = earthWeight / Planet.EARTH.surfaceGravity();
        for (Planet p : Planet.values()) {
            System.out.printf("%-8s %7.2f %s%n", p, p.surfaceWeight(mass), p.isGiant() ? "giant" : "rocky");
        }
        System.out.println(Planet.valueOf("MARS").ordinal() + " " + Planet.MARS.compareTo(Planet.EARTH) + " " + Planet.MARS.name());
        try {
            Planet.valueOf("PLUTO");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        for (Op op : Op.values()) {
            System.out.println("7 " + op.symbol + " 3 = " + op.apply(7, 3) + " (" + op + ", " + op.getClass() + ")");
        }
        try {
            Op.POW.apply(2, -1);
        } catch (ArithmeticException e) {
            System.out.println("error: " + e.getMessage());
        }
        List<Point> pts = new ArrayList<>();
        for (String s : new String[] {"3, 4", "-1,2", "3,-4", "0, 0", "1001, 1", "x,1"}) {
            try {
                pts.add(Point.of(s));
            } catch (NumberFormatException e) {
                System.out.println("not a number: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                System.out.println("rejected: " + e.getMessage());
            }
        }
        Collections.sort(pts);
        System.out.println(pts);
        System.out.println(pts.get(0).equals(new Point(-1, 2)) + " " + pts.contains(Point.ORIGIN) + " " + new Point(3, 4).hashCode());
        Point sum = Point.ORIGIN;
        for (Point p : pts) {
            sum = sum.plus(p);
        }
        System.out.println("sum " + sum + " far " + pts.stream().mapToInt(p -> p.manhattan(Point.ORIGIN)).max().getAsInt());
        Map<Boolean, Integer> giants = new TreeMap<>();
        for (Planet p : Planet.values()) {
            giants.merge(p.isGiant(), 1, Integer::sum);
        }
        System.out.println(giants);
        Planet home = Planet.EARTH;
        String where = switch (home) {
            case MERCURY, VENUS -> "inner";
            case EARTH -> "home";
            default -> "outer";
        };
        System.out.println(where);
    }
}
// expect: MERCURY    26.44 rocky
// expect: VENUS      63.35 rocky
// expect: EARTH      70.00 rocky
// expect: MARS       26.51 rocky
// expect: JUPITER   177.14 giant
// expect: 3 1 MARS
// expect: No enum constant Main.Planet.PLUTO
// expect: 7 + 3 = 10 (ADD, class Main$Op$1)
// expect: 7 - 3 = 4 (SUB, class Main$Op$2)
// expect: 7 ^ 3 = 343 (POW, class Main$Op$3)
// expect: error: negative exponent
// expect: rejected: out of range: 1001,1
// expect: not a number: For input string: "x"
// expect: [Point[x=-1, y=2], Point[x=0, y=0], Point[x=3, y=-4], Point[x=3, y=4]]
// expect: true true 97
// expect: sum Point[x=5, y=2] far 7
// expect: {false=4, true=1}
// expect: home
