// NullPointerException messages naming fields (this.name, chains cut after five steps), an inner class's
// enclosing instance (this.this$0), return values, array elements with their indexes, casts, library
// and String methods as java declares them, unboxing, lambdas' and anonymous classes' captured locals.
// Every expected line is java 17's output (`java Main.java`).
import java.util.*;
import java.util.function.*;

public class Main {
    enum Color { RED, GREEN }
    static class Node { Node next; String label; int[] data; Node(String l) { label = l; } String label() { return label; } }
    class Inner { void show() { try { System.out.println(name.length()); } catch (NullPointerException e) { System.out.println(e.getMessage()); } } }
    String name;
    Node head;
    static Map<String, Integer> counts = new HashMap<>();
    static void show(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    void inst(long a, double b, String c, int d) {
        show(() -> c.length());
        try { c.trim(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { name.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { this.name.isEmpty(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { head.next.next.next.next.next.label.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        new Inner().show();
        String local = null;
        show(() -> System.out.println(local.length() + name.length()));
        Runnable anon = new Runnable() { public void run() { local.length(); } };
        show(anon);
    }
    static int f(int x) { return x; }
    static Node node() { return null; }
    public static void main(String[] args) {
        new Main().inst(1L, 2.0, null, 4);
        List<String> list = new ArrayList<>();
        list.add(null);
        try { list.get(0).length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { int n = counts.get("x"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Color c = null;
        try { switch (c) { case RED: break; default: break; } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Node n = new Node(null);
        try { n.label().length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.next.label = "x"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.data[0]++; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { node().label.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        String[][] grid = new String[2][];
        int[] idx = {1, 0};
        try { grid[1][0].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { grid[idx[0]][0].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { grid[f(1)][0].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ((String) null).length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Object o = null;
        try { ((String) o).length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { (args.length > 5 ? "x" : (String) null).length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        int[] arr = null;
        try { arr.clone(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Integer boxed = null;
        try { boxed++; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { int s = boxed + 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        StringBuilder sb = null;
        try { sb.append("x"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sb.append(3); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        for (int i = 0; i < 1; i++) {
            String inLoop = null;
            try { inLoop.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        }
        for (String s : list) {
            try { s.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        }
        {
            double dd = 1; long ll = 2; String after = null;
            try { after.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        }
        String str = "b";
        switch (str) {
            case "b":
                String inCase = null;
                try { inCase.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
                break;
        }
        Map<String, List<String>> m = new HashMap<>();
        try { m.get("k").add("v"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.next.label(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.equals("x"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.charAt(0); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.substring(1, 2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.compareTo("a"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.contains("a"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.indexOf('a'); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.replace("a", "b"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.toUpperCase(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.split(",", 2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.label.hashCode(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.next.toString(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Function<String, Integer> len = s -> s.length();
        try { len.apply(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
// expect: Cannot invoke "String.length()" because "<parameter1>" is null
// expect: Cannot invoke "String.trim()" because "<parameter3>" is null
// expect: Cannot invoke "String.length()" because "this.name" is null
// expect: Cannot invoke "String.isEmpty()" because "this.name" is null
// expect: Cannot read field "next" because "this.head" is null
// expect: Cannot invoke "String.length()" because "this.this$0.name" is null
// expect: Cannot invoke "String.length()" because "<parameter1>" is null
// expect: Cannot invoke "String.length()" because "this.val$local" is null
// expect: Cannot invoke "String.length()" because the return value of "java.util.List.get(int)" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null
// expect: Cannot invoke "Main$Color.ordinal()" because "<local2>" is null
// expect: Cannot invoke "String.length()" because the return value of "Main$Node.label()" is null
// expect: Cannot assign field "label" because "<local3>.next" is null
// expect: Cannot load from int array because "<local3>.data" is null
// expect: Cannot read field "label" because the return value of "Main.node()" is null
// expect: Cannot load from object array because "<local4>[1]" is null
// expect: Cannot load from object array because "<local4>[<local5>[0]]" is null
// expect: Cannot load from object array because "<local4>[Main.f(int)]" is null
// expect: Cannot invoke "String.length()" because "null" is null
// expect: Cannot invoke "String.length()" because "<local6>" is null
// expect: Cannot invoke "String.length()"
// expect: Cannot invoke "[I.clone()" because "<local7>" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local8>" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local8>" is null
// expect: Cannot invoke "java.lang.StringBuilder.append(String)" because "<local9>" is null
// expect: Cannot invoke "java.lang.StringBuilder.append(int)" because "<local9>" is null
// expect: Cannot invoke "String.length()" because "<local11>" is null
// expect: Cannot invoke "String.length()" because "<local11>" is null
// expect: Cannot invoke "String.length()" because "<local14>" is null
// expect: Cannot invoke "String.length()" because "<local13>" is null
// expect: Cannot invoke "java.util.List.add(Object)" because the return value of "java.util.Map.get(Object)" is null
// expect: Cannot invoke "Main$Node.label()" because "<local3>.next" is null
// expect: Cannot invoke "String.equals(Object)" because "<local3>.label" is null
// expect: Cannot invoke "String.charAt(int)" because "<local3>.label" is null
// expect: Cannot invoke "String.substring(int, int)" because "<local3>.label" is null
// expect: Cannot invoke "String.compareTo(String)" because "<local3>.label" is null
// expect: Cannot invoke "String.contains(java.lang.CharSequence)" because "<local3>.label" is null
// expect: Cannot invoke "String.indexOf(int)" because "<local3>.label" is null
// expect: Cannot invoke "String.replace(java.lang.CharSequence, java.lang.CharSequence)" because "<local3>.label" is null
// expect: Cannot invoke "String.toUpperCase()" because "<local3>.label" is null
// expect: Cannot invoke "String.split(String, int)" because "<local3>.label" is null
// expect: Cannot invoke "String.hashCode()" because "<local3>.label" is null
// expect: Cannot invoke "Object.toString()" because "<local3>.next" is null
// expect: Cannot invoke "String.length()" because "<parameter1>" is null
