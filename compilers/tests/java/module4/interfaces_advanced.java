import java.util.*;
import java.util.function.*;

public class Main {
    @FunctionalInterface
    interface Validator<T> {
        Optional<String> validate(T t);
        default Validator<T> and(Validator<T> other) {
            return t -> { Optional<String> r = validate(t); return r.isPresent() ? r : other.validate(t); };
        }
        static <T> Validator<T> of(Predicate<T> ok, String message) {
            return t -> ok.test(t) ? Optional.empty() : Optional.of(message);
        }
    }
    interface Walker { default String move() { return "walk"; } }
    interface Swimmer { default String move() { return "swim"; } }
    static class Duck implements Walker, Swimmer {
        public String move() { return Walker.super.move() + "+" + Swimmer.super.move(); }
    }
    interface Counter {
        int next();
        private static int clamp(int x) { return Math.min(x, 100); }
        static Counter from(int start, int step) {
            int[] cur = {start - step};
            return () -> clamp(cur[0] += step);
        }
    }
    interface Visitor<R> { R num(int n); R add(Expr a, Expr b); R mul(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static Expr num(int n) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.num(n); } }; }
    static Expr add(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.add(a, b); } }; }
    static Expr mul(Expr a, Expr b) { return new Expr() { public <R> R accept(Visitor<R> v) { return v.mul(a, b); } }; }

    static class Eval implements Visitor<Integer> {
        public Integer num(int n) { return n; }
        public Integer add(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
        public Integer mul(Expr a, Expr b) { return a.accept(this) * b.accept(this); }
    }
    static class Show implements Visitor<String> {
        public String num(int n) { return Integer.toString(n); }
        public String add(Expr a, Expr b) { return "(" + a.accept(this) + " + " + b.accept(this) + ")"; }
        public String mul(Expr a, Expr b) { return a.accept(this) + " * " + b.accept(this); }
    }
    public static void main(String[] args) {
        Validator<String> v = Validator.<String>of(s -> !s.isBlank(), "blank")
            .and(Validator.of(s -> s.length() <= 8, "too long"))
            .and(Validator.of(s -> Character.isUpperCase(s.charAt(0)), "must start upper-case"));
        for (String s : List.of("Alice", " ", "Bartholomew", "carol", "Dan"))
            System.out.println("[" + s + "] " + v.validate(s).orElse("ok"));
        System.out.println(new Duck().move() + " " + ((Walker) new Duck()).move());
        Counter c = Counter.from(90, 4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(c.next()).append(' ');
        System.out.println(sb.toString().strip());
        Expr e = add(num(2), mul(num(3), add(num(4), num(5))));
        System.out.println(e.accept(new Show()) + " = " + e.accept(new Eval()));
        Visitor<Integer> depth = new Visitor<>() {
            public Integer num(int n) { return 1; }
            public Integer add(Expr a, Expr b) { return 1 + Math.max(a.accept(this), b.accept(this)); }
            public Integer mul(Expr a, Expr b) { return 1 + Math.max(a.accept(this), b.accept(this)); }
        };
        System.out.println("depth " + e.accept(depth));
        BiFunction<Integer, Integer, Expr> mk = (a, b) -> add(num(a), num(b));
        List<Expr> es = new ArrayList<>();
        for (int i = 1; i <= 3; i++) es.add(mk.apply(i, i * i));
        es.sort(Comparator.comparing(x -> x.accept(new Eval())));
        for (Expr x : es) System.out.print(x.accept(new Show()) + " ");
        System.out.println();
        Supplier<Map<String, Integer>> sup = TreeMap::new;
        Map<String, Integer> m = sup.get();
        Function<String, Integer> parse = Integer::valueOf;
        for (String s : "3 1 2".split(" ")) m.put("k" + s, parse.apply(s));
        System.out.println(m);
        Validator<Integer> pos = Validator.of(n -> n > 0, "not positive");
        System.out.println(pos.validate(-3).get() + " " + pos.validate(3).isEmpty());
        System.out.println(v.validate(""));
    }
}
// expect: [Alice] ok
// expect: [ ] blank
// expect: [Bartholomew] too long
// expect: [carol] must start upper-case
// expect: [Dan] ok
// expect: walk+swim walk+swim
// expect: 90 94 98 100 100
// expect: (2 + 3 * (4 + 5)) = 29
// expect: depth 4
// expect: (1 + 1) (2 + 4) (3 + 9) 
// expect: {k1=1, k2=2, k3=3}
// expect: not positive true
// expect: Optional[blank]
