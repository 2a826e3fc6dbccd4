import java.util.*;

public class Main {
    static StringBuilder trace = new StringBuilder();
    static void log(String s) { trace.append(s).append(' '); }

    static class Base {
        static int created;
        protected String name = "base";
        int size = 10;
        static { log("Base.static"); }
        { log("Base.init"); }
        Base() {
            log("Base()");
            created++;
            describe();
        }
        void describe() { log("Base.describe:" + name); }
        static String kind() { return "Base"; }
        int size() { return size; }
    }
    static class Derived extends Base {
        protected String name = "derived";
        int size = 20;
        private final List<String> parts = new ArrayList<>();
        static { log("Derived.static"); }
        { log("Derived.init"); parts.add("p1"); }
        Derived() {
            super();
            log("Derived()");
        }
        Derived(String extra) {
            this();
            parts.add(extra);
            log("Derived(" + extra + ")");
        }
        @Override void describe() { log("Derived.describe:" + name + ":" + parts); }
        static String kind() { return "Derived"; }
        @Override int size() { return size + super.size; }
        String names() { return name + "/" + super.name + "/" + ((Base) this).name; }
    }
    interface Constants {
        int LIMIT = 3;
        String PREFIX = "C-";
    }
    static class User implements Constants {
        String label(int i) { return PREFIX + Math.min(i, LIMIT); }
    }
    static int counter = 0;
    static int nextId() { return ++counter; }
    static final int FIRST = nextId();
    static int second = nextId();

    public static void main(String[] args) {

        Derived d = new Derived("x");
        System.out.println(trace.toString().trim());
        trace.setLength(0);
        Base b = d;
        System.out.println(b.name + " " + d.name + " " + ((Base) d).name + " " + b.size + " " + d.size + " " + b.size() + " " + d.names());
        System.out.println(Base.kind() + " " + Derived.kind() + " " + Base.created);
        new Base();
        System.out.println(trace.toString().trim() + " " + Base.created);
        User u = new User();
        System.out.println(u.label(1) + " " + u.label(9) + " " + Constants.LIMIT + " " + User.PREFIX);
        System.out.println(FIRST + " " + second + " " + counter);
        Base[] arr = {new Base(), new Derived(), d};
        int total = 0;
        for (Base x : arr) total += x.size();
        System.out.println(total + " " + arr.length + " " + (arr[1] instanceof Derived) + " " + (arr[0] instanceof Derived));
        Object[] objs = {1, "two", 3.0, 'c', null, new int[]{1}, List.of()};
        for (Object o : objs) {
            String t = o == null ? "null" : o instanceof Number n ? "number " + n.intValue() : o instanceof String cs ? "text " + cs.length() : "other";
            System.out.print(t + "; ");
        }
        System.out.println();
        Derived bad = (Derived) new Base();
    }
}
// expect: Base.static Derived.static Base.init Base() Derived.describe:null:null Derived.init Derived() Derived(x)
// expect: base derived base 10 20 30 derived/base/base
// expect: Base Derived 1
// expect: Base.init Base() Base.describe:base 2
// expect: C-1 C-3 3 C-
// expect: 1 2 2
// expect: 70 3 true false
// expect: number 1; text 3; number 3; other; null; other; other; 
// expect runtime error: trap 4
// expect stderr: at Main.main(init_order.java:77)
// expect exit: 1
