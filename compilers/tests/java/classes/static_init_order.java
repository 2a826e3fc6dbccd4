// Static initialisers run when their class is first used (JLS 12.4.1), in the order they are written.
import java.util.*;

public class Main {
    static int counter = next("Main.counter");

    static int next(String who) {
        System.out.println("init " + who);
        return 1;
    }

    static class Config {
        static final int LIMIT = 10;              // a constant: reading it initialises nothing
        static final String NAME = "cfg";
        static List<String> items = new ArrayList<>();
        static {
            System.out.println("Config static block");
            items.add("first");
        }
        static void show() { System.out.println("Config.show " + items); }
    }

    static class Base {
        static { System.out.println("Base init"); }
        Base() { System.out.println("Base()"); }
    }

    static class Derived extends Base {
        static int made = next("Derived.made");
        static { System.out.println("Derived init"); }
        Derived() { System.out.println("Derived()"); }
    }

    static class Holder {
        static int value = 5;
        static { System.out.println("Holder init"); }
    }

    static class Never {
        static { System.out.println("Never init"); }
    }

    enum Level {
        LOW, HIGH;
        Level() { System.out.println("Level " + name()); }
    }

    interface Greeter { String greet(); }

    // An interface is initialised when its own field is used, or when an object of a class (or a
    // lambda) implementing it is made, if it declares a default method.
    interface Rule {
        int LIMIT = next("Rule.LIMIT");
        boolean test(int x);
        default boolean big(int x) { return x > LIMIT; }
    }

    interface Tagged {
        String TAG = "t" + next("Tagged.TAG");
        String tag();
    }

    static class Registry {
        static { System.out.println("Registry block 1"); }
        static int size = next("Registry.size");
        static String owner = Holder.value > 0 ? "holder" : "none";
        static { System.out.println("Registry block 2 " + size + " " + owner); }

        static class Entry {
            int read() { return size; }
        }
    }

    public static void main(String[] args) {
        System.out.println("main starts " + counter);
        System.out.println(Config.LIMIT + " " + Config.NAME);
        System.out.println("before show");
        Config.show();
        Config.show();
        System.out.println("before new");
        new Derived();
        new Derived();
        System.out.println("Derived.made " + Derived.made);
        System.out.println("before Holder");
        Holder.value = Holder.value + 1;
        System.out.println("Holder " + Holder.value);
        System.out.println("before enum");
        Level l = Level.HIGH;
        System.out.println(l + " " + Level.values().length);
        Greeter g = () -> "hi " + Holder.value;
        System.out.println(g.greet());
        Registry.Entry entry = new Registry.Entry();
        System.out.println("entry made");
        System.out.println(entry.read());
        Never[] none = new Never[2];
        System.out.println(none.length);
        System.out.println("before rule");
        Rule r = x -> x > 0;
        System.out.println(r.test(3) + " " + r.big(3));
        Tagged t = () -> "x";
        System.out.println("tagged made");
        System.out.println(t.tag() + Tagged.TAG);
    }
}
// expect: init Main.counter
// expect: main starts 1
// expect: 10 cfg
// expect: before show
// expect: Config static block
// expect: Config.show [first]
// expect: Config.show [first]
// expect: before new
// expect: Base init
// expect: init Derived.made
// expect: Derived init
// expect: Base()
// expect: Derived()
// expect: Base()
// expect: Derived()
// expect: Derived.made 1
// expect: before Holder
// expect: Holder init
// expect: Holder 6
// expect: before enum
// expect: Level LOW
// expect: Level HIGH
// expect: HIGH 2
// expect: hi 6
// expect: entry made
// expect: Registry block 1
// expect: init Registry.size
// expect: Registry block 2 1 holder
// expect: 1
// expect: 2
// expect: before rule
// expect: init Rule.LIMIT
// expect: true true
// expect: tagged made
// expect: init Tagged.TAG
// expect: xt1
