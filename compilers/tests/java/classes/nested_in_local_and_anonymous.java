import java.util.*;
import java.util.function.*;

public class Main {
    interface Greeter { String greet(String n); }
    static List<Supplier<Integer>> makers(int base) {
        List<Supplier<Integer>> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int k = i;
            class Adder implements Supplier<Integer> {
                class Inner { int twice() { return 2 * (base + k); } }
                public Integer get() { return new Inner().twice(); }
            }
            out.add(new Adder());
        }
        return out;
    }
    public static void main(String[] args) {
        int n = 5;
        String prefix = "Hi ";
        Greeter g = new Greeter() {
            class Helper { String wrap(String s) { return "[" + s + "]"; } }
            public String greet(String name) { return new Helper().wrap(prefix + name + n); }
        };
        System.out.println(g.greet("Bob"));
        for (Supplier<Integer> s : makers(10)) System.out.println(s.get());
        record Pair(String a, int b) {}
        enum Color { RED, GREEN }
        interface Shape { double area(); }
        Pair p = new Pair("x", 3);
        System.out.println(p + " " + Color.GREEN + " " + Color.valueOf("RED").ordinal());
        Shape sq = () -> 4.0;
        System.out.println(sq.area());
        System.out.println(p.getClass().getName() + " " + Color.RED.getClass().getName());
        Runnable r = new Runnable() {
            int count = 0;
            public void run() {
                count += n;
                Runnable inner = new Runnable() { public void run() { System.out.println("inner " + count + prefix); } };
                inner.run();
                System.out.println(inner.getClass().getName());
            }
        };
        r.run();
        System.out.println(r.getClass().getName());
    }
}
// expect: [Hi Bob5]
// expect: 20
// expect: 22
// expect: 24
// expect: Pair[a=x, b=3] GREEN 0
// expect: 4.0
// expect: Main$1Pair Main$1Color
// expect: inner 5Hi 
// expect: Main$2$1
// expect: Main$2
