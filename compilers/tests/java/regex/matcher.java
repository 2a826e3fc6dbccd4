import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Main {
    public static void main(String[] args) {
        Pattern word = Pattern.compile("[A-Za-z]+");
        Matcher m = word.matcher("The Analytical Engine, 1837.");
        List<String> words = new ArrayList<>();
        while (m.find()) {
            words.add(m.group());
            System.out.println(m.group() + " " + m.start() + " " + m.end());
        }
        System.out.println(words);

        Pattern date = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
        Matcher d = date.matcher("born 1791-12-26, died 1871-10-18");
        while (d.find()) {
            System.out.println(d.groupCount() + " " + d.group(1) + "/" + d.group(2) + "/" + d.group(3)
                    + " at " + d.start(1) + ".." + d.end(3));
        }

        Matcher opt = Pattern.compile("(a)?(b)").matcher("b");
        System.out.println(opt.matches() + " " + opt.group(1) + " " + opt.group(2) + " " + opt.start(1));

        System.out.println(Pattern.matches("[0-9a-f]+", "c0ffee") + " " + Pattern.compile("x+").matcher("xxy").lookingAt());
        System.out.println(Pattern.compile("\\s*,\\s*").split("a , b,c ,d").length);
        System.out.println(Pattern.compile("o").pattern() + " " + Pattern.compile("o"));

        Matcher empty = Pattern.compile("x*").matcher("axb");
        while (empty.find()) {
            System.out.print("[" + empty.start() + "," + empty.end() + ")");
        }
        System.out.println();

        Matcher counts = Pattern.compile("(\\w)\\1+").matcher("aabcccdeeee");
        StringBuilder sb = new StringBuilder();
        while (counts.find()) {
            counts.appendReplacement(sb, counts.group(1) + counts.group().length());
        }
        counts.appendTail(sb);
        System.out.println(sb);

        System.out.println(Pattern.compile("(ab)*").matcher("ababx").replaceAll("<$1>"));
        System.out.println(Pattern.quote("1+1") + " " + "1+1=2".replaceAll(Pattern.quote("1+1"), "two"));

        Matcher none = Pattern.compile("z").matcher("abc");
        System.out.println(none.find());
        try {
            none.group();
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        Matcher g = Pattern.compile("(a)").matcher("a");
        g.find();
        try {
            g.group(2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "x".replaceAll("x", "$2");
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            "x".replaceAll("x", "a\\");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        m.reset();
        System.out.println(m.find() + " " + m.group() + " " + m.find(17) + " " + m.group());
    }
}
// expect: The 0 3
// expect: Analytical 4 14
// expect: Engine 15 21
// expect: [The, Analytical, Engine]
// expect: 3 1791/12/26 at 5..15
// expect: 3 1871/10/18 at 22..32
// expect: true null b -1
// expect: true true
// expect: 4
// expect: o o
// expect: [0,0)[1,2)[2,2)[3,3)
// expect: a2bc3de4
// expect: <ab><>x<>
// expect: \Q1+1\E two=2
// expect: false
// expect: No match found
// expect: No group 2
// expect: No group 2
// expect: character to be escaped is missing
// expect: true The true gine
