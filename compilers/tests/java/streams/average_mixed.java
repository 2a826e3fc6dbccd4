// IntStream.average divides the long sum once; mapToDouble over records; a DoubleStream of many values.
import java.util.*;
import java.util.stream.*;

public class Main {
    record Reading(String where, double value) {}

    public static void main(String[] args) {
        System.out.println(IntStream.of(Integer.MAX_VALUE, Integer.MAX_VALUE, 1).average().getAsDouble());
        System.out.println(IntStream.rangeClosed(1, 100).asDoubleStream().map(x -> 1 / x).sum());
        List<Reading> rs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rs.add(new Reading("r" + i, i * 0.1));
        }
        System.out.println(rs.stream().mapToDouble(Reading::value).sum());
        System.out.println(rs.stream().mapToDouble(Reading::value).average().getAsDouble());
        System.out.println(rs.stream().filter(r -> r.value() > 1).mapToDouble(Reading::value).min().getAsDouble());
        double[] squares = IntStream.range(0, 5).mapToDouble(i -> Math.sqrt(i)).toArray();
        System.out.println(Arrays.toString(squares));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.431655765E9
// expect: 5.187377517639621
// expect: 43.5
// expect: 1.45
// expect: 1.1
// expect: [0.0, 1.0, 1.4142135623730951, 1.7320508075688772, 2.0]
