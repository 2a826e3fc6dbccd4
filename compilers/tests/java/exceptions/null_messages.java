// java 17's helpful NullPointerException messages (JEP 358): the failed action and what was null, a
// local named by its JVM slot (<localN>, javac's numbering) and a parameter not yet assigned by its place
// (<parameterN>). Every expected line is java 17's output (`java Main.java`).
public class Main {
    static String g;
    String name;
    int[] arr;
    static String f() { return null; }
    static void p(String a, long b, String c) {
        try { c.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        c = null;
        try { c.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
    public static void main(String[] args) {
        String s = null;
        try { s.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { g.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Main m = new Main();
        try { m.name.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { f().length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        int[] a = null;
        try { a[0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(a[0]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(a.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        String[] ss = new String[3];
        int i = 2;
        try { ss[2].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ss[i].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ss[i+1-1].length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Integer boxed = null;
        try { int x = boxed; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(m.arr[1]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Main mm = null;
        try { mm.name = "x"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(mm.name); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        RuntimeException re = null;
        try { throw re; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { switch (s) { case "a": break; } } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { for (String t : ss[0].split(",")) {} } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { for (int t : a) {} } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        java.util.List<String> l = null;
        try { for (String t : l) {} } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        p(null, 1L, null);
    }
}
// expect: Cannot invoke "String.length()" because "<local1>" is null
// expect: Cannot invoke "String.length()" because "Main.g" is null
// expect: Cannot invoke "String.length()" because "<local2>.name" is null
// expect: Cannot invoke "String.length()" because the return value of "Main.f()" is null
// expect: Cannot store to int array because "<local3>" is null
// expect: Cannot load from int array because "<local3>" is null
// expect: Cannot read the array length because "<local3>" is null
// expect: Cannot invoke "String.length()" because "<local4>[2]" is null
// expect: Cannot invoke "String.length()" because "<local4>[<local5>]" is null
// expect: Cannot invoke "String.length()" because "<local4>[...]" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local6>" is null
// expect: Cannot load from int array because "<local2>.arr" is null
// expect: Cannot assign field "name" because "<local7>" is null
// expect: Cannot read field "name" because "<local7>" is null
// expect: Cannot throw exception because "<local8>" is null
// expect: Cannot invoke "String.hashCode()" because "<local9>" is null
// expect: Cannot invoke "String.split(String)" because "<local4>[0]" is null
// expect: Cannot read the array length because "<local9>" is null
// expect: Cannot invoke "java.util.List.iterator()" because "<local9>" is null
// expect: Cannot invoke "String.length()" because "<parameter3>" is null
// expect: Cannot invoke "String.length()" because "<local3>" is null
