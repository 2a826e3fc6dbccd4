public class Main {
    public static void main(String[] args) {
        System.out.println("hello   world  again".replaceAll("\\s+", " "));
        System.out.println("aaa".replaceAll("a*", "X"));
        System.out.println("abc".replaceAll("", "-"));
        System.out.println("John Smith".replaceAll("(\\w+) (\\w+)", "$2, $1"));
        System.out.println("x".replaceAll("(x)", "$10"));
        System.out.println("cost: 5 dollars".replaceAll("\\d+", "\\$$0"));
        System.out.println("Hello, World! 123".replaceAll("[^a-zA-Z]", ""));
        System.out.println("Hello, World!".replaceAll("\\p{Punct}", ""));
        System.out.println("a1b2c3".replaceFirst("\\d", "#"));
        System.out.println("aaa".replaceFirst("a+?", "b"));
        System.out.println("<b>bold</b> and <i>it</i>".replaceAll("<.+?>", ""));
        System.out.println("<b>bold</b>".replaceAll("<.+>", ""));
        System.out.println("the the cat cat sat".replaceAll("\\b(\\w+) \\1\\b", "$1"));
        System.out.println("tel: 0123-456".replaceAll("[0-9]{3}", "N"));
        System.out.println("aaaa".replaceAll("a{2,3}", "X"));
        System.out.println("ab12cd".replaceAll("[a-c&&[^b]]".length() > 0 ? "[ac]" : "", "_"));
        System.out.println("12345".matches("\\d+"));
        System.out.println("123a".matches("\\d+"));
        System.out.println("abc@example.com".matches("[\\w.]+@[\\w.]+\\.[a-z]{2,}"));
        System.out.println("user@site".matches("[\\w.]+@[\\w.]+\\.[a-z]{2,}"));
        System.out.println("Ab3".matches("(?:[A-Z][a-z])\\d"));
        System.out.println("colour".matches("colou?r") + " " + "color".matches("colou?r"));
        System.out.println("".matches("a*") + " " + "".matches("a+"));
        System.out.println("ab\n".matches("ab$") + " " + "ab".matches("^ab$"));
        System.out.println("cat".matches("cat|dog") + " " + "dog".matches("cat|dog") + " " + "cow".matches("cat|dog"));
        System.out.println("ABBA".matches("(A)(B)\\2\\1"));
        System.out.println("x.y".matches("x\\.y") + " " + "xzy".matches("x\\.y") + " " + "xzy".matches("x.y"));
        System.out.println("a\tb".matches("a\\sb") + " " + "a_b".matches("\\w\\W\\w") + " " + "a-b".matches("\\w\\W\\w"));
        System.out.println("1+1=2".matches("\\Q1+1\\E=\\d"));
        System.out.println("hex ff".matches("hex [\\x61-\\x66]+") + " " + "tab\t".matches("tab\\u0009"));
        System.out.println("2026-12-06".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"));
        System.out.println("one two".replaceAll("(o)|(t)", "[$1$2]"));
        System.out.println("a.b.c".replace(".", "\\") + " " + "a.b.c".replaceAll("\\.", "\\\\"));
        System.out.println("MiXeD CaSe".replaceAll("[A-Z]", "*"));
        System.out.println("  trim me  ".replaceAll("^\\s+|\\s+$", "") + "|");
    }
}
// expect: hello world again
// expect: XX
// expect: -a-b-c-
// expect: Smith, John
// expect: x0
// expect: cost: $5 dollars
// expect: HelloWorld
// expect: Hello World
// expect: a#b2c3
// expect: baa
// expect: bold and it
// expect: 
// expect: the cat sat
// expect: tel: N3-N
// expect: Xa
// expect: _b12_d
// expect: true
// expect: false
// expect: true
// expect: false
// expect: true
// expect: true true
// expect: true false
// expect: false true
// expect: true true false
// expect: true
// expect: true false true
// expect: true false true
// expect: true
// expect: true true
// expect: 06/12/2026
// expect: [o]ne [t]w[o]
// expect: a\b\c a\b\c
// expect: *i*e* *a*e
// expect: trim me|
