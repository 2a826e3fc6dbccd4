import java.util.*;
import java.util.function.*;

public class Main {
    interface Transform {
        int apply(int x);
    }

    interface Combiner<T> {
        T combine(T a, T b);
    }

    private int factor = 3;
    private final List<String> log = new ArrayList<>();

    Transform scaler() {
        return x -> x * factor;
    }

    void record(List<Integer> xs) {
        xs.forEach(x -> log.add("saw " + x));
    }

    static <T> T reduce(List<T> xs, T start, Combiner<T> c) {
        T acc = start;
        for (T x : xs) {
            acc = c.combine(acc, x);
        }
        return acc;
    }

    static Transform compose(Transform f, Transform g) {
        return x -> g.apply(f.apply(x));
    }

    public static void main(String[] args) {
        Main m = new Main();
        Transform s = m.scaler();
        System.out.println(s.apply(7));
        m.factor = 10;
        System.out.println(s.apply(7) + " " + compose(s, x -> x + 1).apply(2));
        m.record(List.of(1, 2));
        System.out.println(m.log);
        System.out.println(reduce(List.of(1, 2, 3, 4), 0, (a, b) -> a + b) + " "
            + reduce(List.of("a", "b", "c"), "", (a, b) -> b + a));
        int base = 100;
        Supplier<Supplier<Integer>> nested = () -> () -> base + 1;
        System.out.println(nested.get().get());
        BiFunction<String, Integer, String> repeat = (str, n) -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(str);
            }
            return sb.toString();
        };
        System.out.println(repeat.apply("ab", 3));
        List<Transform> pipeline = new ArrayList<>();
        pipeline.add(x -> x + 1);
        pipeline.add(x -> x * x);
        pipeline.add(Math::abs);
        int v = -5;
        for (Transform t : pipeline) {
            v = t.apply(v);
        }
        System.out.println(v);
    }
}
// expect: 21
// expect: 70 21
// expect: [saw 1, saw 2]
// expect: 10 cba
// expect: 101
// expect: ababab
// expect: 16
