// A conditional whose branches are a box and a number is numeric (JLS 15.25.2): the box is unboxed
// in its branch and promoted (`c ? count : 2.5` is a double, `c ? flag : false` a boolean), so a
// null box throws there, its message naming it. A switch expression's results are converted to its
// type; in an assignment it takes the target's type (JLS 15.28.1) and unboxes nothing.
public class Main {
    static Integer field;

    static Integer get() {
        return null;
    }

    public static void main(String[] args) {
        Integer boxed = null;
        Integer seven = 7;
        Boolean nb = null;
        Character ch = 'q';
        boolean flag = args.length == 0;
        System.out.println((flag ? seven : 2.5) + " " + (flag ? seven : 2L) + " " + (!flag ? seven : 2.5f));
        System.out.println((flag ? ch : 1) + " " + (flag ? ch : seven) + " " + (flag ? ch : 300) + " " + (flag ? ch : (short) 5));
        System.out.println((flag ? Long.valueOf(9) : seven) + " " + (flag ? Boolean.valueOf(true) : false));
        Object o = flag ? seven : 2.5;
        Object o2 = flag ? seven : "s";
        System.out.println(o + " " + o.getClass().getName() + " " + o2.getClass().getName());
        int k = switch (args.length) { case 0 -> seven; default -> 0; };
        double dd = switch (args.length) { case 0 -> seven; case 1 -> 1.5; default -> 0; };
        double d = switch (args.length) { case 0 -> 1; default -> 2.5; };
        var v = switch (args.length) { case 0 -> 3; case 1 -> 'c'; default -> 2L; };
        float f = switch (args.length) { case 0: yield 7; default: yield 1.5f; };
        System.out.println(k + " " + dd + " " + d + " " + v + " " + f + " " + (switch (args.length) { case 0 -> 4; default -> 0.5; }));
        try {
            int u = flag ? boxed : 0;
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            int u = !flag ? 1 : field;
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            long u = flag ? get() : 2L;
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            double u = flag ? boxed : 2.5;
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            Integer u = flag ? boxed : 0;
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            boolean u = flag ? nb : false;
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        try {
            int u = flag ? boxed : Integer.valueOf(0);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Integer kept = switch (args.length) { case 0 -> boxed; default -> 0; };
        Integer maybe = flag ? null : 0;
        System.out.println(kept + " " + maybe);
    }
}
// expect: 7.0 7 2.5
// expect: q 113 q 113
// expect: 9 true
// expect: 7.0 java.lang.Double java.lang.Integer
// expect: 7 7.0 1.0 3 7.0 4.0
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local1>" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "Main.field" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because the return value of "Main.get()" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local1>" is null
// expect: Cannot invoke "java.lang.Integer.intValue()" because "<local1>" is null
// expect: Cannot invoke "java.lang.Boolean.booleanValue()" because "<local3>" is null
// expect: Cannot invoke "java.lang.Integer.intValue()"
// expect: null null
