import java.util.*;

// An array held as an Object keeps its class: getClass(), toString(), instanceof, casts and a failed
// cast's message, as java's.
public class Main {
    static class A {}
    static class B extends A {}
    record Point(int x, int y) {}
    interface Shape {}
    static class Square implements Shape {}

    static String describe(Object o) {
        if (o instanceof int[] ia) return "ints " + ia.length;
        if (o instanceof String[] sa) return "strings " + Arrays.toString(sa);
        if (o instanceof Object[] oa) return "objects " + oa.length + " " + o.getClass().getSimpleName();
        return "other " + o.getClass().getSimpleName() + " " + o.getClass().getName();
    }

    static String lead(Object o) {
        String t = o.toString();
        return t.substring(0, t.indexOf('@') + 1);
    }

    public static void main(String[] args) {
        Object o = new int[3];
        System.out.println(o.getClass() + " " + o.getClass().getSimpleName() + " " + lead(o) + " " + lead("" + o));
        int[][] grid = new int[2][3];
        System.out.println(grid.getClass().getName() + " " + grid[0].getClass().getName() + " " + lead(grid));
        Object p = new Point[1];
        Object[][] as = new A[2][2];
        System.out.println(p.getClass().getName() + " " + p.getClass().getSimpleName() + " "
            + as.getClass().getName() + " " + as[1].getClass().getSimpleName());
        Object[] words = "a,b".split(",");
        Object[] copy = words.clone();
        System.out.println(describe(o) + "; " + describe(words) + "; " + describe(copy) + "; " + describe(p));
        System.out.println(describe("hi".toCharArray()) + "; " + describe(new double[0][0]) + "; "
            + describe(new boolean[1]) + "; " + describe(new Long[] {1L}));
        Object[] arr = new String[2];
        Object bs = new B[1];
        Object sq = new Square[1];
        System.out.println((arr instanceof String[]) + " " + (bs instanceof A[]) + " " + (bs instanceof B[])
            + " " + (as instanceof B[][]) + " " + (o instanceof Object[]) + " " + (as instanceof Object[][])
            + " " + (sq instanceof Shape[]) + " " + (bs instanceof Shape[]) + " " + (arr instanceof Comparable[]));
        System.out.println((o.getClass() == new int[0].getClass()) + " " + o.equals(o) + " "
            + o.equals(new int[3]) + " " + (o.hashCode() == o.hashCode()) + " " + o.equals("[I"));
        Map<Object, String> kinds = new LinkedHashMap<>();
        for (Object x : List.of(o, "x", 1, grid, arr)) {
            kinds.put(x.getClass().getSimpleName(), x.getClass().getName());
        }
        System.out.println(kinds);
        int[] back = (int[]) o;
        A[] up = (A[]) bs;
        System.out.println(back.length + " " + up.length);
        for (Object target : new Object[] {o, arr, 7}) {
            try {
                String[] ss = (String[]) target;
                System.out.println("cast " + ss.length);
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
        }
        long[] longs = (long[]) o;
        System.out.println(longs.length);
    }
}
// expect: class [I int[] [I@ [I@
// expect: [[I [I [[I@
// expect: [LMain$Point; Point[] [[LMain$A; A[]
// expect: ints 3; strings [a, b]; strings [a, b]; objects 1 Point[]
// expect: other char[] [C; objects 0 double[][]; other boolean[] [Z; objects 1 Long[]
// expect: true true true false false true true false true
// expect: true true false true false
// expect: {int[]=[I, String=java.lang.String, Integer=java.lang.Integer, int[][]=[[I, String[]=[Ljava.lang.String;}
// expect: 3 1
// expect: class [I cannot be cast to class [Ljava.lang.String; ([I and [Ljava.lang.String; are in module java.base of loader 'bootstrap')
// expect: cast 2
// expect: class java.lang.Integer cannot be cast to class [Ljava.lang.String; (java.lang.Integer and [Ljava.lang.String; are in module java.base of loader 'bootstrap')
// expect runtime error: trap 4
// expect stderr: at Main.main(runtime_class.java:62)
// expect exit: 1
