// Checked against OpenJDK 17 (java Main.java).
// indexOf(int ch) takes a code point as an int (a vowel count over s.chars()), lastIndexOf takes a
// start, lines() splits at \n, \r and \r\n, and a builder has substring and indexOf/lastIndexOf with a start, with java's messages.
public class Main {
    public static void main(String[] args) {
        String s = "hello world, hello";
        int cp = 'o';
        System.out.println(s.indexOf(cp) + " " + s.indexOf(cp, 5) + " " + s.indexOf(111, 8) + " " + s.indexOf(-1));
        System.out.println(s.lastIndexOf(cp) + " " + s.lastIndexOf('l', 10) + " " + s.lastIndexOf("hello", 12));
        System.out.println(s.lastIndexOf("hello", 100) + " " + s.lastIndexOf('h', -3) + " " + s.lastIndexOf("", 3));
        long vowels = s.chars().filter(c -> "aeiou".indexOf(c) >= 0).count();
        System.out.println(vowels + " " + "aeiou".indexOf(s.charAt(1)));
        StringBuilder sb = new StringBuilder("abcabc");
        sb.insert(3, '-');
        System.out.println(sb.substring(4) + " " + sb.substring(2, 5) + " " + sb.indexOf("c", 3) + " " + sb.lastIndexOf("a", 3));
        System.out.println(sb.indexOf("b", -5) + " " + sb.lastIndexOf("c", 99));
        try {
            sb.substring(5, 2);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        String text = "alpha\nbeta\r\ngamma\rdelta\n\nend\n";
        System.out.println(text.lines().count() + " " + text.lines().filter(l -> l.indexOf('a') >= 0).toList());
        System.out.println("".lines().count() + " " + "one".lines().count() + " " + "\n".lines().count());
        System.out.println(sb.substring(9));
    }
}
// expect: 4 7 17 -1
// expect: 17 9 0
// expect: 13 -1 3
// expect: 5 1
// expect: abc c-a 6 0
// expect: 1 6
// expect: start 5, end 2, length 7
// expect: 6 [alpha, beta, gamma, delta]
// expect: 0 1 1
// expect runtime error: trap 4
// expect stderr: at Main.main(search_code_points.java:25)
// expect exit: 1
