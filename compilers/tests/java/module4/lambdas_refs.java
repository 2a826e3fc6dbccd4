import java.util.*;
import java.util.function.*;

public class Main {
    static int square(int x) { return x * x; }
    private final String prefix;
    Main(String p) { prefix = p; }
    String tag(String s) { return prefix + s; }

    static <T, R> List<R> mapAll(List<T> xs, Function<T, R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) out.add(f.apply(x));
        return out;
    }
    static <T> List<T> keep(List<T> xs, Predicate<? super T> p) {
        List<T> out = new ArrayList<>();
        for (T x : xs) if (p.test(x)) out.add(x);
        return out;
    }

    public static void main(String[] args) {
        Function<Integer, Integer> dbl = x -> x * 2;
        Function<Integer, Integer> inc = x -> x + 1;
        System.out.println(dbl.andThen(inc).apply(5) + " " + dbl.compose(inc).apply(5) + " " + Function.<Integer>identity().apply(9));
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        BinaryOperator<Integer> mul = (a, b) -> a * b;
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(add.apply(3, 4) + " " + mul.apply(6, 7) + " " + up.apply("shout") + " " + add.andThen(x -> x * 10).apply(1, 2));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> longish = s -> s.length() > 3;
        System.out.println(empty.negate().test("") + " " + longish.and(s -> s.startsWith("a")).test("apple") + " " + longish.or(empty).test(""));
        Supplier<List<String>> maker = ArrayList::new;
        List<String> made = maker.get();
        made.add("x");
        Consumer<String> printer = System.out::println;
        Consumer<String> both = printer.andThen(s -> System.out.println(s.length()));
        both.accept("consumed");
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int a, int b) { return b == 0 ? a : applyAsInt(b, a % b); }
        };
        IntUnaryOperator sq = Main::square;
        IntPredicate even = n -> n % 2 == 0;
        System.out.println(gcd.applyAsInt(84, 36) + " " + sq.applyAsInt(12) + " " + even.test(7) + " " + sq.andThen(n -> n + 1).applyAsInt(3));
        Main m = new Main("#");
        Function<String, String> tagger = m::tag;
        System.out.println(mapAll(List.of("a", "b"), tagger) + " " + mapAll(List.of("one", "three"), String::length));
        System.out.println(keep(List.of(1, 2, 3, 4, 5, 6), n -> n % 3 != 0));
        Function<String, Integer> parse = Integer::parseInt;
        System.out.println(mapAll(List.of("10", "20"), parse.andThen(n -> n / 3)));
        Map<String, Function<Double, Double>> ops = new LinkedHashMap<>();
        ops.put("sqrt", Math::sqrt);
        ops.put("neg", d -> -d);
        ops.put("half", d -> d / 2);
        ops.forEach((name, f) -> System.out.println(name + "(16) = " + f.apply(16.0)));
        Runnable r = () -> System.out.println("run " + made);
        r.run();
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 3; i++) { final int k = i; tasks.add(() -> System.out.print(k * k + " ")); }
        tasks.forEach(Runnable::run);
        System.out.println();
        Comparator<String> cmp = Comparator.comparing(String::length);
        cmp = cmp.thenComparing(Function.identity());
        List<String> words = new ArrayList<>(List.of("kiwi", "fig", "apple", "date", "banana", "nut"));
        words.sort(cmp);
        System.out.println(words);
        words.sort(Comparator.comparing((String s) -> s.charAt(s.length() - 1)).thenComparing(Comparator.reverseOrder()));
        System.out.println(words);
        words.replaceAll(s -> s.substring(0, 1).toUpperCase() + s.substring(1));
        System.out.println(words);
        BiConsumer<String, Integer> show = (k, v) -> System.out.print(k + ":" + v + " ");
        Map<String, Integer> tm = new TreeMap<>(Map.of("b", 2, "a", 1, "c", 3));
        tm.forEach(show);
        System.out.println();
        ToIntFunction<String> len = String::length;
        IntFunction<String> stars = "*"::repeat;
        System.out.println(len.applyAsInt("hello") + " " + stars.apply(4));
        Optional<String> first = words.stream().filter(w -> w.startsWith("Z")).findFirst();
        System.out.println(first.isPresent() + " " + first.orElse("none") + " " + Optional.of("v").map(String::toUpperCase).get());
    }
}
// expect: 11 12 9
// expect: 7 42 SHOUT 30
// expect: false true true
// expect: consumed
// expect: 8
// expect: 12 144 false 10
// expect: [#a, #b] [3, 5]
// expect: [1, 2, 4, 5]
// expect: [3, 6]
// expect: sqrt(16) = 4.0
// expect: neg(16) = -16.0
// expect: half(16) = 8.0
// expect: run [x]
// expect: 0 1 4 
// expect: [fig, nut, date, kiwi, apple, banana]
// expect: [banana, date, apple, fig, kiwi, nut]
// expect: [Banana, Date, Apple, Fig, Kiwi, Nut]
// expect: a:1 b:2 c:3 
// expect: 5 ****
// expect: false none V
