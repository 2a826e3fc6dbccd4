// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    interface Greeter {
        String name();

        default String greet() {
            return "Hello, " + name() + "!";
        }

        static Greeter of(String n) {
            return () -> n;
        }
    }

    interface Loud extends Greeter {
        @Override
        default String greet() {
            return Greeter.super.greet().toUpperCase();
        }
    }

    interface Validator<T> {
        boolean validate(T t);

        default Validator<T> and(Validator<T> other) {
            return t -> validate(t) && other.validate(t);
        }

        default Validator<T> negate() {
            return t -> !validate(t);
        }

        static <T> Validator<T> not(Validator<T> v) {
            return v.negate();
        }
    }

    static class Counter {
        private static int instances = 0;
        private int count;
        private final String label;

        Counter(String label) {
            this.label = label;
            instances++;
        }

        class Step {
            private final int by;

            Step(int by) {
                this.by = by;
            }

            void apply() {
                count += by;
            }

            Counter owner() {
                return Counter.this;
            }
        }

        static class Stats {
            static String describe() {
                return instances + " counters";
            }
        }

        @Override
        public String toString() {
            return label + "=" + count;
        }
    }

    static class Outer {
        private int x = 10;

        class Inner {
            private int x = 20;

            int sum(int x) {
                return x + this.x + Outer.this.x;
            }
        }
    }

    static int total(int... nums) {
        int s = 0;
        for (int n : nums) s += n;
        return s;
    }

    static String describe(String label, Object... parts) {
        return label + ":" + parts.length + ":" + Arrays.toString(parts);
    }

    static <T> List<T> listOf(T... xs) {
        return new ArrayList<>(Arrays.asList(xs));
    }

    public static void main(String[] args) {
        Greeter g = Greeter.of("Ada");
        Loud l = () -> "Charles";
        System.out.println(g.greet() + " " + l.greet());
        Greeter anon = new Greeter() {
            private int calls = 0;

            public String name() {
                calls++;
                return "anon#" + calls;
            }
        };
        System.out.println(anon.greet() + " " + anon.greet());

        Validator<String> nonEmpty = s -> !s.isEmpty();
        Validator<String> shortStr = s -> s.length() < 5;
        Validator<String> both = nonEmpty.and(shortStr);
        for (String s : new String[] {"", "abc", "abcdef"}) {
            System.out.print(both.validate(s) + "/" + Validator.not(shortStr).validate(s) + " ");
        }
        System.out.println();

        Counter a = new Counter("a");
        Counter b = new Counter("b");
        Counter.Step s1 = a.new Step(5);
        Counter.Step s2 = b.new Step(-2);
        s1.apply();
        s1.apply();
        s2.apply();
        System.out.println(a + " " + b + " " + (s1.owner() == a) + " " + Counter.Stats.describe());
        Outer o = new Outer();
        Outer.Inner in = o.new Inner();
        System.out.println(in.sum(1));

        System.out.println(total() + " " + total(1) + " " + total(1, 2, 3) + " " + total(new int[] {4, 5}));
        System.out.println(describe("none") + " " + describe("two", 1, "x") + " " + describe("arr", (Object[]) new String[] {"p", "q"}));
        List<String> names = listOf("x", "y");
        names.add("z");
        System.out.println(names);

        Function<Integer, Integer> square = x -> x * x;
        Function<Integer, Integer> plusOne = x -> x + 1;
        System.out.println(square.andThen(plusOne).apply(4) + " " + square.compose(plusOne).apply(4) + " " + Function.<Integer>identity().apply(9));
        BiFunction<String, Integer, String> rep = String::repeat;
        Supplier<List<String>> sup = ArrayList::new;
        UnaryOperator<String> up = String::toUpperCase;
        BinaryOperator<Integer> mx = (p, q) -> Math.max(p, q);
        Predicate<String> empty = String::isEmpty;
        List<String> made = sup.get();
        made.add(rep.apply("ab", 3));
        System.out.println(made + " " + up.apply("q") + " " + mx.apply(3, 8) + " " + empty.negate().test("") + " " + empty.or(x -> x.startsWith("a")).test("abc"));
        Runnable r = () -> System.out.println("ran");
        r.run();
        IntBinaryOperator gcd = new IntBinaryOperator() {
            public int applyAsInt(int x, int y) {
                return y == 0 ? x : applyAsInt(y, x % y);
            }
        };
        System.out.println(gcd.applyAsInt(84, 36));
    }
}
// expect: Hello, Ada! HELLO, CHARLES!
// expect: Hello, anon#1! Hello, anon#2!
// expect: false/false true/false false/true 
// expect: a=10 b=-2 true 2 counters
// expect: 31
// expect: 0 1 6 9
// expect: none:0:[] two:2:[1, x] arr:2:[p, q]
// expect: [x, y, z]
// expect: 17 25 9
// expect: [ababab] Q 8 false true
// expect: ran
// expect: 12
