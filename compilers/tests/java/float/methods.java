// float parameters, returns and fields; an int argument widens to a float parameter.
public class Main {
    static float scale = 2.5f;

    static float area(float w, float h) {
        return w * h * scale;
    }

    static double widen(float f) {
        return f;
    }

    record Point(float x, float y) {
        float norm2() {
            return x * x + y * y;
        }
    }

    public static void main(String[] args) {
        System.out.println(area(3, 1.1f));
        System.out.println(widen(0.1f));
        Point p = new Point(0.5f, 1.25f);
        System.out.println(p + " " + p.norm2() + " " + p.equals(new Point(0.5f, 1.25f)));
        System.out.println(p.hashCode() == new Point(0.5f, 1.25f).hashCode());
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 8.25
// expect: 0.10000000149011612
// expect: Point[x=0.5, y=1.25] 1.8125 true
// expect: true
