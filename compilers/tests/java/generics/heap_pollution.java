// A collection filled through a raw type (heap pollution, JLS 4.12.2): javac casts an erased generic
// value where its use wants a more specific type (a String local, println's String, a String method's
// receiver, an int by unboxing, a generic method's result, an enhanced for's variable, a field of type
// T read through a Box<Integer>, a lambda's result), and java throws ClassCastException there; an
// Object local, String.valueOf, equals, ==, instanceof, a cast to Object, a reference conditional
// assigned to an Object and an expression statement are not cast.
import java.util.*;
import java.util.function.*;

public class Main {
    static class Box<T> {
        T value;
        Box(T v) { value = v; }
        T get() { return value; }
    }

    static class IntBox extends Box<Integer> {
        IntBox(Integer v) { super(v); }
        int twice() { return value * 2; }
    }

    static class Tag {
        public String toString() { return "Tag"; }
    }

    static <T> T first(List<T> l) { return l.get(0); }

    static String describe(String s) { return "s:" + s; }

    static String head(List<String> l) { return l.get(0); }

    interface Case { void run(); }

    static void attempt(String name, Case c) {
        try {
            c.run();
            System.out.println(name + ": ok");
        } catch (ClassCastException e) {
            String m = e.getMessage();
            System.out.println(name + ": " + (m.contains("Main$") ? m.substring(0, m.indexOf(" (")) : m));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void main(String[] args) {
        List raw = new ArrayList();
        raw.add(42);
        List<String> names = raw;
        attempt("object", () -> { Object o = names.get(0); System.out.println(o); });
        attempt("valueOf", () -> System.out.println(String.valueOf(names.get(0))));
        attempt("concat", () -> System.out.println("x" + names.get(0)));
        attempt("println", () -> System.out.println(names.get(0)));
        attempt("length", () -> System.out.println(names.get(0).length()));
        attempt("local", () -> { String s = names.get(0); System.out.println("not reached"); });
        attempt("first", () -> { String s = first(names); });
        attempt("first as Object", () -> { Object s = first(names); System.out.println(s); });
        attempt("for", () -> { for (String s : names) System.out.println("not reached"); });
        attempt("for Object", () -> { for (Object s : names) System.out.println(s); });
        attempt("next", () -> { Iterator<String> it = names.iterator(); String s = it.next(); });
        attempt("argument", () -> describe(names.get(0)));
        attempt("add", () -> { List<String> other = new ArrayList<>(); other.add(names.get(0)); });
        attempt("return", () -> head(names));
        attempt("statement", () -> { names.get(0); });
        attempt("instanceof", () -> System.out.println(names.get(0) instanceof String));
        attempt("==", () -> System.out.println(names.get(0) == null));
        attempt("equals", () -> System.out.println("a".equals(names.get(0))));
        attempt("receiver", () -> System.out.println(names.get(0).equals("a")));
        attempt("conditional", () -> { Object o = names.isEmpty() ? "x" : names.get(0); System.out.println(o); });
        attempt("cast", () -> System.out.println((Object) names.get(0)));
        attempt("append", () -> System.out.println(new StringBuilder().append(names.get(0))));
        attempt("lambda", () -> { Function<Integer, String> f = i -> names.get(i); Object o = f.apply(0); });
        attempt("Comparable", () -> { Comparable<String> c = names.get(0); System.out.println(c); });
        List tags = new ArrayList();
        tags.add(new Tag());
        List<String> words = tags;
        attempt("class", () -> { String s = words.get(0); });

        Map rawMap = new HashMap();
        rawMap.put("k", "v");
        Map<String, Integer> counts = rawMap;
        attempt("get unboxed", () -> { int n = counts.get("k"); });
        attempt("get + 1", () -> System.out.println(counts.get("k") + 1));
        attempt("get printed", () -> System.out.println(counts.get("k")));
        attempt("get joined", () -> System.out.println("v=" + counts.get("k")));
        attempt("getValue", () -> { for (Map.Entry<String, Integer> e : counts.entrySet()) { Integer v = e.getValue(); } });

        Box rawBox = new Box("str");
        Box<Integer> box = rawBox;
        attempt("field", () -> { Integer i = box.value; });
        attempt("field as Object", () -> { Object o = box.value; System.out.println(o); });
        attempt("get()", () -> { int i = box.get(); });
        attempt("get() printed", () -> System.out.println(box.get()));
        IntBox sub = new IntBox(5);
        ((Box) sub).value = "five";
        attempt("inherited field", () -> System.out.println(sub.twice()));
        List<Integer> ints = raw;
        raw.add("str");
        attempt("sum", () -> { int s = 0; for (int x : ints) s += x; System.out.println(s); });
        attempt("append Integer", () -> System.out.println(new StringBuilder().append(ints.get(1))));
        attempt("println Integer", () -> System.out.println(ints.get(1)));
        // java's bridge methods cast their arguments: a lambda's parameter, compareTo(Point), String's
        List raw2 = new ArrayList();
        raw2.add(7);
        List<String> sevens = raw2;
        attempt("forEach", () -> sevens.forEach(s -> System.out.println(s.length())));
        Comparator<String> byLength = (a, b) -> a.length() - b.length();
        Comparator rawOrder = byLength;
        attempt("compare", () -> rawOrder.compare(1, 2));
        Comparable mark = new Mark(1);
        attempt("compareTo", () -> mark.compareTo("x"));
        List mixed = new ArrayList();
        mixed.add(9);
        mixed.add("nine");
        List<String> texts = mixed;
        attempt("max", () -> System.out.println(Collections.max(texts)));
        System.out.println(byLength.compare("aa", "b"));
    }

    record Mark(int v) implements Comparable<Mark> {
        public int compareTo(Mark o) { return Integer.compare(v, o.v); }
    }
}
// expect: 42
// expect: object: ok
// expect: 42
// expect: valueOf: ok
// expect: concat: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: println: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: length: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: local: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: first: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: 42
// expect: first as Object: ok
// expect: for: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: 42
// expect: for Object: ok
// expect: next: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: argument: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: add: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: return: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: statement: ok
// expect: false
// expect: instanceof: ok
// expect: false
// expect: ==: ok
// expect: false
// expect: equals: ok
// expect: receiver: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: 42
// expect: conditional: ok
// expect: 42
// expect: cast: ok
// expect: append: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: lambda: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: 42
// expect: Comparable: ok
// expect: class: class Main$Tag cannot be cast to class java.lang.String
// expect: get unboxed: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: get + 1: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: v
// expect: get printed: ok
// expect: v=v
// expect: get joined: ok
// expect: getValue: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: field: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: str
// expect: field as Object: ok
// expect: get(): class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: str
// expect: get() printed: ok
// expect: inherited field: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: sum: class java.lang.String cannot be cast to class java.lang.Integer (java.lang.String and java.lang.Integer are in module java.base of loader 'bootstrap')
// expect: str
// expect: append Integer: ok
// expect: str
// expect: println Integer: ok
// expect: forEach: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: compare: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: compareTo: class java.lang.String cannot be cast to class Main$Mark
// expect: max: class java.lang.Integer cannot be cast to class java.lang.String (java.lang.Integer and java.lang.String are in module java.base of loader 'bootstrap')
// expect: 1
