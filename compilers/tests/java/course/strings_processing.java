// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    static boolean isPalindrome(String s) {
        String cleaned = s.toLowerCase().replaceAll("[^a-z0-9]", "");
        return new StringBuilder(cleaned).reverse().toString().equals(cleaned);
    }

    static String caesar(String text, int shift) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                sb.append((char) ('A' + (c - 'A' + shift + 26) % 26));
            } else if (Character.isLowerCase(c)) {
                sb.append((char) ('a' + (c - 'a' + shift + 26) % 26));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String capitalize(String sentence) {
        String[] words = sentence.trim().split("\\s+");
        StringJoiner j = new StringJoiner(" ");
        for (String w : words) {
            j.add(Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase());
        }
        return j.toString();
    }

    static Map<Character, Integer> letterCounts(String s) {
        Map<Character, Integer> counts = new TreeMap<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                counts.merge(Character.toLowerCase(c), 1, Integer::sum);
            }
        }
        return counts;
    }

    static String compress(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int run = 1;
        for (int i = 1; i <= s.length(); i++) {
            if (i < s.length() && s.charAt(i) == s.charAt(i - 1)) {
                run++;
            } else {
                out.append(s.charAt(i - 1));
                if (run > 1) {
                    out.append(run);
                }
                run = 1;
            }
        }
        return out.toString();
    }

    static boolean anagrams(String a, String b) {
        char[] x = a.replace(" ", "").toLowerCase().toCharArray();
        char[] y = b.replace(" ", "").toLowerCase().toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    public static void main(String[] args) {
        String[] tests = {"A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?", ""};
        for (String t : tests) {
            System.out.println("\"" + t + "\" -> " + isPalindrome(t));
        }
        String secret = caesar("Hello, World! Zebra-42", 3);
        System.out.println(secret + " | " + caesar(secret, -3));
        System.out.println(capitalize("  the analytical   ENGINE weaves algebraic patterns "));
        System.out.println(letterCounts("Mississippi River"));
        System.out.println(compress("aaabccddddde") + " " + compress("abc") + " " + compress("zzzzzzzzzzzz"));
        System.out.println(anagrams("Dormitory", "Dirty room") + " " + anagrams("hello", "world"));
        String csv = "name,age,,city,";
        System.out.println(Arrays.toString(csv.split(",")) + " " + csv.split(",").length + " " + csv.split(",", -1).length);
        String text = "one two  three\tfour";
        System.out.println(String.join("|", text.split("\\s+")) + " " + text.indexOf("two") + " " + text.lastIndexOf('o') + " " + text.indexOf('z'));
        System.out.println("Babbage".chars().filter(c -> c == 'b' || c == 'B').count() + " " + "abc".compareTo("abd") + " " + "b".compareTo("a") + " " + "apple".compareToIgnoreCase("APPLE"));
        String s = "Hello";
        s += ' ';
        s += 42;
        s += 1.5f;
        s += true;
        s += null;
        System.out.println(s + " " + s.length() + " " + s.substring(6, 8) + " " + s.contains("true") + " " + s.endsWith("null"));
        StringBuilder sb = new StringBuilder("engine");
        sb.insert(0, "analytical ").append('!').setCharAt(0, 'A');
        sb.replace(11, 17, "ENGINE").deleteCharAt(sb.length() - 1);
        System.out.println(sb + " " + sb.length() + " " + sb.indexOf("ENG") + " " + sb.charAt(3));
        System.out.println("  padded  ".strip() + "|" + "x".repeat(3) + "|" + "  ".isBlank() + "|" + "Tab\there".toUpperCase() + "|" + "a-b-c".replace('-', '+'));
        char c = 'a';
        c += 2;
        c++;
        int code = c + 1;
        System.out.println(c + " " + code + " " + (char) code + " " + (c > 'b') + " " + (int) 'A' + " " + ('a' + 'b') + " " + (char) ('a' + 'b' - 'a'));
        System.out.println(String.valueOf(3.0) + String.valueOf(true) + String.valueOf('c') + String.valueOf(12L) + " " + "a,b;c".split("[,;]").length + " " + "%d%%".formatted(50));
    }
}
// expect: "A man, a plan, a canal: Panama" -> true
// expect: "race a car" -> false
// expect: "Was it a car or a cat I saw?" -> true
// expect: "" -> true
// expect: Khoor, Zruog! Cheud-42 | Hello, World! Zebra-42
// expect: The Analytical Engine Weaves Algebraic Patterns
// expect: {e=1, i=5, m=1, p=2, r=2, s=4, v=1}
// expect: a3bc2d5e abc z12
// expect: true false
// expect: [name, age, , city] 4 5
// expect: one|two|three|four 4 16 -1
// expect: 3 -1 1 0
// expect: Hello 421.5truenull 19 42 true true
// expect: Analytical ENGINE 17 11 l
// expect: padded|xxx|true|TAB	HERE|a+b+c
// expect: d 101 e true 65 195 b
// expect: 3.0truec12 3 50%
