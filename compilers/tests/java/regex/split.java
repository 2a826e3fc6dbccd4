import java.util.Arrays;

public class Main {
    static void show(String[] parts) {
        System.out.println(parts.length + " " + Arrays.toString(parts));
    }

    public static void main(String[] args) {
        show("a1b22c333".split("[0-9]+"));
        show("abc".split(""));
        show("a,b,,".split(",", -1));
        show("a,b,c".split(",", 2));
        show("a,b,,,".split(",", 0));
        show(",a".split(","));
        show("abc".split("x*"));
        show("one, two;three  four".split("[,;\\s]+"));
        show("2026-12-06T04:20".split("[-T:]"));
        show("x1y2".split("\\d"));
        show("the  cat sat".split("\\s"));
        show("CamelCaseWords".split("[a-z]+"));
        show("a.b|c".split("\\.|\\|"));
        show("tab\there".split("\\t"));
        show("aXbXXc".split("X", 3));
        show("1 + 2 * 3".split(" [+*] "));
        show("no match".split("\\d+"));
        show("".split("\\s+"));
        show("  lead".split("\\s+", -1));
        show("dots...here".split("\\.+"));
        show("word1 word22 word333".split("(?:\\s|d)+"));
    }
}
// expect: 3 [a, b, c]
// expect: 3 [a, b, c]
// expect: 4 [a, b, , ]
// expect: 2 [a, b,c]
// expect: 2 [a, b]
// expect: 2 [, a]
// expect: 3 [a, b, c]
// expect: 4 [one, two, three, four]
// expect: 5 [2026, 12, 06, 04, 20]
// expect: 2 [x, y]
// expect: 4 [the, , cat, sat]
// expect: 3 [C, C, W]
// expect: 3 [a, b, c]
// expect: 2 [tab, here]
// expect: 3 [a, b, Xc]
// expect: 3 [1, 2, 3]
// expect: 1 [no match]
// expect: 1 []
// expect: 2 [, lead]
// expect: 2 [dots, here]
// expect: 6 [wor, 1, wor, 22, wor, 333]
