public class Main {
    public static void main(String[] args) {
        System.out.println("a\tb");
        System.out.println("line1\nline2");
        System.out.println("quote \" and backslash \\");
        System.out.println("octal \101\102 and unicode \u0043");
        char[] cs = {'\'', '"', '\\', '\u0041'};
        for (char c : cs) System.out.print(c);
        System.out.println();
        System.out.println("\u00e9t\u00e9");
    }
}
// expect: a	b
// expect: line1
// expect: line2
// expect: quote " and backslash \
// expect: octal AB and unicode C
// expect: '"\A
// expect: été
