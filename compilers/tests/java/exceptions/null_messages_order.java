// NullPointerException messages of bounded type variables, interfaces, generic methods, boxes and
// library methods; an assignment to a field or an element of null computes the value first (f runs),
// as java's putfield and iastore check when they store. Each expect line is java 17's output.
import java.util.*;
public class Main {
    int x;
    static int f() { System.out.println("f ran"); return 1; }
    static <T extends Comparable<T>> int cmp(T a, T b) { return a.compareTo(b); }
    interface Shape { double area(); }
    static class Box<T> { T v; T get() { return v; } }
    public static void main(String[] args) {
        Main m = null;
        try { m.x = f(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        int[] a = null;
        try { a[0] = f(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { cmp(null, "a"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Shape s = null;
        try { s.area(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Box<String> b = new Box<>();
        try { b.get().length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { b.v.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        List<String> l = null;
        try { l.size(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(l.isEmpty() ? 1 : 2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        String t = null;
        try { if (t.equals("x")) {} } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Object o = null;
        try { o.toString(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { o.hashCode(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Main[] ms = new Main[2];
        try { ms[1].x++; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ms[0].x += 2; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        char[] cs = null;
        try { System.out.println(cs[0]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        double[] ds = null;
        try { ds[0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        boolean[] bs = null;
        try { System.out.println(bs[0]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Map<String, String> mp = new TreeMap<>();
        try { mp.get("a").length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Scanner sc = null;
        StringBuilder sb = null;
        try { sb.toString(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sb.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sb.insert(0, "x"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.isBlank(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.repeat(2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.lastIndexOf("a"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.matches("a"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.replaceAll("a", "b"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.split(","); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.chars(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.strip(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.toCharArray(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.indexOf("a", 2); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { t.startsWith("a"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Integer I = null;
        try { I.compareTo(3); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { I.equals(3); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Long L = null;
        try { long q = L * 2; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Double D = null;
        try { double q = D; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Character C = null;
        try { char q = C; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Boolean B = null;
        try { if (B) {} } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
// expect: f ran
// expect: Cannot assign field "x" because "<local1>" is null
// expect: f ran
// expect: Cannot store to int array because "<local2>" is null
// expect: Cannot invoke "java.lang.Comparable.compareTo(Object)" because "<parameter1>" is null
// expect: Cannot invoke "Main$Shape.area()" because "<local3>" is null
// expect: Cannot invoke "String.length()" because the return value of "Main$Box.get()" is null
// expect: Cannot invoke "String.length()" because "<local4>.v" is null
// expect: Cannot invoke "java.util.List.size()" because "<local5>" is null
// expect: Cannot invoke "java.util.List.isEmpty()" because "<local5>" is null
// expect: Cannot invoke "String.equals(Object)" because "<local6>" is null
// expect: Cannot invoke "Object.toString()" because "<local7>" is null
// expect: Cannot invoke "Object.hashCode()" because "<local7>" is null
// expect: Cannot read field "x" because "<local8>[1]" is null
// expect: Cannot read field "x" because "<local8>[0]" is null
// expect: Cannot load from char array because "<local9>" is null
// expect: Cannot store to double array because "<local10>" is null
// expect: Cannot load from byte/boolean array because "<local11>" is null
// expect: Cannot invoke "String.length()" because the return value of "java.util.Map.get(Object)" is null
// expect: Cannot invoke "java.lang.StringBuilder.toString()" because "<local14>" is null
// expect: Cannot invoke "java.lang.StringBuilder.length()" because "<local14>" is null
// expect: Cannot invoke "java.lang.StringBuilder.insert(int, String)" because "<local14>" is null
// expect: Cannot invoke "String.isBlank()" because "<local6>" is null
// expect: Cannot invoke "String.repeat(int)" because "<local6>" is null
// expect: Cannot invoke "String.lastIndexOf(String)" because "<local6>" is null
// expect: Cannot invoke "String.matches(String)" because "<local6>" is null
// expect: Cannot invoke "String.replaceAll(String, String)" because "<local6>" is null
// expect: Cannot invoke "String.split(String)" because "<local6>" is null
// expect: Cannot invoke "String.chars()" because "<local6>" is null
// expect: Cannot invoke "String.strip()" because "<local6>" is null
// expect: Cannot invoke "String.toCharArray()" because "<local6>" is null
// expect: Cannot invoke "String.indexOf(String, int)" because "<local6>" is null
// expect: Cannot invoke "String.startsWith(String)" because "<local6>" is null
// expect: Cannot invoke "java.lang.Integer.compareTo(java.lang.Integer)" because "<local15>" is null
// expect: Cannot invoke "java.lang.Integer.equals(Object)" because "<local15>" is null
// expect: Cannot invoke "java.lang.Long.longValue()" because "<local16>" is null
// expect: Cannot invoke "java.lang.Double.doubleValue()" because "<local17>" is null
// expect: Cannot invoke "java.lang.Character.charValue()" because "<local18>" is null
// expect: Cannot invoke "java.lang.Boolean.booleanValue()" because "<local19>" is null
