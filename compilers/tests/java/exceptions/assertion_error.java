public class Main {
    sealed interface Shape permits Sq, Circ {
    }

    record Sq(int s) implements Shape {
    }

    record Circ(int r) implements Shape {
    }

    static int area(Shape s) {
        if (s instanceof Sq q) {
            return q.s() * q.s();
        } else if (s instanceof Circ c) {
            return 3 * c.r() * c.r();
        }
        throw new AssertionError("unknown " + s);
    }

    public static void main(String[] args) {
        System.out.println(area(new Sq(3)) + " " + area(new Circ(2)));
        try {
            throw new AssertionError(42);
        } catch (AssertionError e) {
            System.out.println(e + " " + e.getMessage());
        }
        Error e = new AssertionError();
        System.out.println(e.getMessage() + " " + e);
        throw new AssertionError("cannot happen");
    }
}
// expect: 9 12
// expect: java.lang.AssertionError: 42 42
// expect: null java.lang.AssertionError
// expect runtime error: trap 4
// expect stderr: at Main.main(assertion_error.java:29)
// expect exit: 1
