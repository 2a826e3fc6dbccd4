public class Main {
    static String show(int x) { return "int " + x; }
    static String show(long x) { return "long " + x; }
    static String show(char x) { return "char " + x; }
    static String show(String x) { return "String " + x; }
    static String show(int a, int b) { return "two " + (a + b); }

    public static void main(String[] args) {
        System.out.println(show(1));
        System.out.println(show(1L));
        System.out.println(show('c'));
        System.out.println(show("s"));
        System.out.println(show(2, 3));
        byte b = 4;
        System.out.println(show(b));
        short sh = 5;
        System.out.println(show(sh));
    }
}
// expect: int 1
// expect: long 1
// expect: char c
// expect: String s
// expect: two 5
// expect: int 4
// expect: int 5
