import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class Main {
    public static void main(String[] args) {
        String[] bad = {"*a", "a**", "(a", "a)b", "[a", "a{", "a{2", "a{3,1}", "\\y", "a\\i", "[z-a]", "a|+",
            "x{,2}", "?", "[^]", "\\x4", "(*)", "[a-\\d]", "ab)", "\\k", "[\\q]", "ok{1}"};
        for (String p : bad) {
            try {
                Pattern.compile(p);
                System.out.println("compiles: " + p);
            } catch (PatternSyntaxException e) {
                System.out.println(e.getDescription() + " | " + e.getIndex() + " | " + e.getPattern());
            }
        }
        try {
            "a+b".split("+");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
            System.out.println(e);
        }
        System.out.println("a(b".matches("a(b"));
    }
}
// expect: Dangling meta character '*' | 0 | *a
// expect: Dangling meta character '*' | 2 | a**
// expect: Unclosed group | 2 | (a
// expect: Unmatched closing ')' | 0 | a)b
// expect: Unclosed character class | 1 | [a
// expect: Illegal repetition | 2 | a{
// expect: Unclosed counted closure | 3 | a{2
// expect: Illegal repetition range | 5 | a{3,1}
// expect: Illegal/unsupported escape sequence | 1 | \y
// expect: Illegal/unsupported escape sequence | 2 | a\i
// expect: Illegal character range | 3 | [z-a]
// expect: Dangling meta character '+' | 2 | a|+
// expect: Illegal repetition | 2 | x{,2}
// expect: Dangling meta character '?' | 0 | ?
// expect: Unclosed character class | 2 | [^]
// expect: Illegal hexadecimal escape sequence | 3 | \x4
// expect: Dangling meta character '*' | 1 | (*)
// expect: Illegal character range | 4 | [a-\d]
// expect: Unmatched closing ')' | 1 | ab)
// expect: \k is not followed by '<' for named capturing group | 2 | \k
// expect: Illegal/unsupported escape sequence | 2 | [\q]
// expect: compiles: ok{1}
// expect: Dangling meta character '+' near index 0
// expect: +
// expect: ^
// expect: java.util.regex.PatternSyntaxException: Dangling meta character '+' near index 0
// expect: +
// expect: ^
// expect runtime error: trap 4
// expect stderr: at Main.main(syntax_errors.java:22)
// expect exit: 1
