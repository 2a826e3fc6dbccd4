// Float boxes: valueOf, floatValue, equals by bits, hashCode, compareTo, in collections.
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Float a = 1.5f;
        Float b = Float.valueOf(1.5f);
        float c = a + b;
        System.out.println(a + " " + c + " " + a.equals(b) + " " + a.hashCode() + " " + a.compareTo(2f));
        System.out.println(a.floatValue() + " " + a.doubleValue() + " " + a.intValue() + " " + a.longValue());
        List<Float> xs = new ArrayList<>();
        xs.add(3.5f);
        xs.add(-1f);
        xs.add(0.1f);
        Collections.sort(xs);
        System.out.println(xs);
        float sum = 0;
        for (float x : xs) {
            sum += x;
        }
        System.out.println(sum);
        Map<Float, String> m = new HashMap<>();
        m.put(2.5f, "two and a half");
        m.put(0.1f, "a tenth");
        m.put(-0.0f, "minus zero");
        m.put(0.0f, "zero");
        System.out.println(m);
        Float nan1 = Float.NaN;
        System.out.println(nan1.equals(Float.NaN) + " " + nan1.isNaN() + " " + Float.valueOf("2.75"));
        Float t = 1f;
        t += 0.5f;
        t++;
        System.out.println(t);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.5 3.0 true 1069547520 -1
// expect: 1.5 1.5 1 1
// expect: [-1.0, 0.1, 3.5]
// expect: 2.6
// expect: {2.5=two and a half, -0.0=minus zero, 0.0=zero, 0.1=a tenth}
// expect: true true 2.75
// expect: 2.5
