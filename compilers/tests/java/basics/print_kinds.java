public class Main {
    public static void main(String[] args) {
        int i = -42;
        long l = 9000000000L;
        char c = 'J';
        boolean b = true;
        String s = "text";
        System.out.println(i);
        System.out.println(l);
        System.out.println(c);
        System.out.println(b);
        System.out.println(s);
        System.out.print("no newline ");
        System.out.print(7);
        System.out.print(c);
        System.out.print(false);
        System.out.println();
        String n = null;
        System.out.println(n);
    }
}
// expect: -42
// expect: 9000000000
// expect: J
// expect: true
// expect: text
// expect: no newline 7Jfalse
// expect: null
