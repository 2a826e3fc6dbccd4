// OptionalDouble: getAsDouble, orElse, isPresent, isEmpty, ifPresent, and an empty one's getAsDouble.
import java.util.OptionalDouble;
import java.util.stream.*;

public class Main {
    public static void main(String[] args) {
        OptionalDouble avg = IntStream.of(3, 4).average();
        System.out.println(avg + " " + avg.isPresent() + " " + avg.getAsDouble() + " " + avg.orElse(0));
        OptionalDouble none = DoubleStream.empty().max();
        System.out.println(none + " " + none.isEmpty() + " " + none.orElse(-1.5));
        DoubleStream.of(2.5).min().ifPresent(x -> System.out.println("min " + x));
        System.out.println(IntStream.range(0, 0).average().orElse(Double.NaN));
        System.out.println(none.getAsDouble());
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: OptionalDouble[3.5] true 3.5 3.5
// expect: OptionalDouble.empty true -1.5
// expect: min 2.5
// expect: NaN
// expect runtime error: trap 4
// expect stderr: at Main.main(optional_double.java:13)
// expect exit: 1
