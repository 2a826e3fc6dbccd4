// Number's intValue, longValue and doubleValue on the boxes, through a Collection<? extends Number>.
import java.util.*;

public class Main {
    static double total(List<? extends Number> xs) {
        double t = 0;
        for (Number n : xs) {
            t += n.doubleValue();
        }
        return t;
    }

    public static void main(String[] args) {
        List<Integer> ints = List.of(1, 2, 3);
        List<Double> doubles = List.of(0.5, 0.25);
        List<Long> longs = List.of(10_000_000_000L, 1L);
        List<Float> floats = List.of(1.5f, 0.1f);
        System.out.println(total(ints) + " " + total(doubles) + " " + total(longs) + " " + total(floats));
        Number n = Double.valueOf(-2.75);
        System.out.println(n.intValue() + " " + n.longValue() + " " + n.doubleValue());
        Number f = Float.valueOf(3.9f);
        System.out.println(f.intValue() + " " + f.doubleValue());
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 6.0 0.75 1.0000000001E10 1.6000000014901161
// expect: -2 -2 -2.75
// expect: 3 3.9000000953674316
