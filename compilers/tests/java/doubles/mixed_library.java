import java.util.*;
import java.util.function.*;

public class Main {
    static double apply(DoubleUnaryOperatorLike f, double x) { return f.at(x); }
    interface DoubleUnaryOperatorLike { double at(double x); }

    public static void main(String[] args) {
        double[] arr = {1, 2, 3.5, 'a'};
        System.out.println(Arrays.toString(arr));
        Integer boxed = 5;
        double w = boxed;
        System.out.println(w / 2);
        Map<String, Double> m = new HashMap<>();
        m.put("a", 1.0);
        m.merge("a", 2.5, Double::sum);
        m.put("b", m.getOrDefault("b", 0.0) + 4);
        System.out.println(m);
        Function<Double, Double> sq = x -> x * x;
        System.out.println(sq.apply(1.5));
        System.out.println(apply(x -> x / 3, 1));
        List<Double> ds = new ArrayList<>(List.of(3.0, 1.0, 2.0));
        ds.sort(null);
        System.out.println(ds);
        Double big = 1e300;
        System.out.println(big * big);
        double[][] m2 = {{1.5, 2}, {3, 4.25}};
        System.out.println(Arrays.deepToString(m2));
        Object o = 2.5;
        if (o instanceof Double d) {
            System.out.println("a Double " + (d + 1));
        }
        System.out.println(Objects.hash(1.5, 2.5));
        System.out.println(Objects.equals(0.5, 0.5));
        long count = 3;
        double mean = 10.0 / count;
        System.out.println(mean);

    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: [1.0, 2.0, 3.5, 97.0]
// expect: 2.5
// expect: {a=3.5, b=4.0}
// expect: 2.25
// expect: 0.3333333333333333
// expect: [1.0, 2.0, 3.0]
// expect: Infinity
// expect: [[1.5, 2.0], [3.0, 4.25]]
// expect: a Double 3.5
// expect: -15989823
// expect: true
// expect: 3.3333333333333335
