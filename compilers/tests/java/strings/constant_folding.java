// Constant String expressions (JLS 15.29) with constant variables are folded and interned, as javac does;
// a constant variable is a case label and narrows implicitly.
public class Main {
    static final String GREETING = "hel";
    static final int TWO = 2;
    static final char BANG = '!';
    static final boolean ON = true;
    static final long BIG = 5000000000L;
    static final String WHOLE = GREETING + "lo";
    static String notFinal = "hel";
    final String field = "fi";

    public static void main(String[] args) {
        final String g = "hel";
        String plain = "hel";
        System.out.println((g + "lo" == "hello") + " " + (plain + "lo" == "hello"));
        System.out.println((GREETING + "lo" == "hello") + " " + (Main.GREETING + "lo" == "hello") + " " + (WHOLE == "hello"));
        System.out.println(("x" + TWO == "x2") + " " + ("x" + BANG == "x!") + " " + ("x" + ON == "xtrue") + " " + ("x" + BIG == "x5000000000"));
        System.out.println((notFinal + "lo" == "hello") + " " + (new Main().field + "eld" == "field"));
        final int n = 'a' + 1;
        final char c = 66;
        System.out.println(("" + n + c == "98B") + " " + ("v" + (TWO * 3) == "v6") + " " + (g + 1 + 2 == "hel12"));
        String built = new StringBuilder("hel").append("lo").toString();
        System.out.println((built == "hello") + " " + built.equals("hello"));
        final char k = 'k';
        byte b = TWO;
        for (int i = 1; i < 4; i++) {
            switch (i) {
                case TWO -> System.out.println("two " + b);
                case TWO + 1 -> System.out.println("three");
                default -> System.out.println("other " + i);
            }
        }
        switch ("kite".charAt(0)) {
            case k: System.out.println("k!"); break;
            default: System.out.println("no");
        }
    }
}
// expect: true false
// expect: true true true
// expect: true true true true
// expect: false false
// expect: true true true
// expect: false true
// expect: other 1
// expect: two 2
// expect: three
// expect: k!
