// javac's slots in NullPointerException messages: an enum's and an inner class's constructor parameters
// after the hidden ones, a parameter assigned, a pattern's binding, a resource, an enhanced for's hidden
// iterator, a lambda's captured locals before its parameters. The uncaught one ends the run. Every
// expected line is java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    static void say(NullPointerException e) { System.out.println(e.getMessage()); }
    enum Op {
        ADD("a"), SUB(null);
        final String sym;
        Op(String s) { sym = s; try { s.length(); } catch (NullPointerException e) { say(e); } }
    }
    class Inner {
        String own;
        Inner(String x, long y, String z) { try { z.length(); } catch (NullPointerException e) { say(e); } }
        void go() { try { own.length(); } catch (NullPointerException e) { say(e); } try { label.length(); } catch (NullPointerException e) { say(e); } }
    }
    String label;
    static class Res implements AutoCloseable { public void close() {} }
    static void params(String a, String b) {
        b = a;
        try { b.length(); } catch (NullPointerException e) { say(e); }
        try { a.length(); } catch (NullPointerException e) { say(e); }
    }
    static int sum(List<Integer> xs) {
        int t = 0;
        for (Integer x : xs) t += x;
        return t;
    }
    public static void main(String[] args) {
        Op o = Op.ADD;
        Main m = new Main();
        Inner in = m.new Inner(null, 1, null);
        in.go();
        params(null, "x");
        Object obj = "s";
        if (obj instanceof String s) {
            String q = null;
            try { q.length(); } catch (NullPointerException e) { say(e); }
        }
        try (Res r = new Res()) {
            String q = null;
            try { q.length(); } catch (NullPointerException e) { say(e); }
        }
        List<Integer> xs = new ArrayList<>();
        xs.add(1); xs.add(null);
        try { sum(xs); } catch (NullPointerException e) { say(e); }
        String t = null;
        Runnable r = () -> { String u = null; try { u.length(); } catch (NullPointerException e) { say(e); } };
        r.run();
        BiFunction<String, String, Integer> f = (p, q) -> q.length() + t.length();
        try { f.apply("a", null); } catch (NullPointerException e) { say(e); }
        try { f.apply("a", "b"); } catch (NullPointerException e) { say(e); }
        int[][] g = new int[2][];
        try { g[1][0] = 3; } catch (NullPointerException e) { say(e); }
        try { System.out.println(g[1].length); } catch (NullPointerException e) { say(e); }
        Integer[] boxes = new Integer[2];
        try { int v = boxes[0]; } catch (NullPointerException e) { say(e); }
        try { if (boxes[1] > 0) {} } catch (NullPointerException e) { say(e); }
        Map<String, Integer> counts = new HashMap<>();
        try { counts.put("a", counts.get("a") + 1); } catch (NullPointerException e) { say(e); }
        String w = null;
        try { throw new RuntimeException(w.trim()); } catch (NullPointerException e) { say(e); }
        try { w.length(); } finally { System.out.println("finally"); }
    }
}
// expect: Cannot invoke "String.length()" because "<parameter3>" is null
// expect: Cannot invoke "String.length()" because "<parameter4>" is null
// expect: Cannot invoke "String.length()" because "this.own" is null
// expect: Cannot invoke "String.length()" because "this.this$0.label" is null
// expect: Cannot invoke "String.length()" because "<local1>" is null
// expect: Cannot invoke "String.length()" because "<parameter1>" is null
// expect: Cannot invoke "String.length()" because "<local6>" is null
// expect: Cannot invoke "String.length()" because "<local6>" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local3>" is null
// expect: Cannot invoke "String.length()" because "<local0>" is null
// expect: Cannot invoke "String.length()" because "<parameter3>" is null
// expect: Cannot invoke "String.length()" because "<parameter1>" is null
// expect: Cannot store to int array because "<local9>[1]" is null
// expect: Cannot read the array length because "<local9>[1]" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local10>[0]" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local10>[1]" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null
// expect: Cannot invoke "String.trim()" because "<local12>" is null
// expect: finally
// expect runtime error: trap 4
// expect stderr: at Main.main(null_messages_slots.java:66)
// expect exit: 1
