// String processing: palindromes, anagram groups (a TreeMap of sorted letters), title case, run-length
// encoding, vowel counts with a switch on chars, a Caesar shift, and word frequencies.
import java.util.*;

public class Main {
    static boolean isPalindrome(String s) {
        String letters = s.toLowerCase().replaceAll("[^a-z0-9]", "");
        int i = 0;
        int j = letters.length() - 1;
        while (i < j) {
            if (letters.charAt(i++) != letters.charAt(j--)) {
                return false;
            }
        }
        return true;
    }

    static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        for (String w : s.trim().split("\\s+")) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase());
        }
        return sb.toString();
    }

    static String runLength(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            int j = i;
            while (j < s.length() && s.charAt(j) == c) {
                j++;
            }
            sb.append(j - i).append(c);
            i = j;
        }
        return sb.toString();
    }

    static int vowels(String s) {
        int n = 0;
        for (char c : s.toLowerCase().toCharArray()) {
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> n++;
                default -> {
                }
            }
        }
        return n;
    }

    static String caesar(String s, int shift) {
        char[] out = s.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (Character.isUpperCase(c)) {
                out[i] = (char) ('A' + Math.floorMod(c - 'A' + shift, 26));
            } else if (Character.isLowerCase(c)) {
                out[i] = (char) ('a' + Math.floorMod(c - 'a' + shift, 26));
            }
        }
        return new String(out);
    }

    public static void main(String[] args) {
        for (String s : new String[] {"A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?", ""}) {
            System.out.println("\"" + s + "\" palindrome? " + isPalindrome(s));
        }
        String[] words = {"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"};
        Map<String, List<String>> groups = new TreeMap<>();
        for (String w : words) {
            char[] cs = w.toCharArray();
            Arrays.sort(cs);
            groups.computeIfAbsent(new String(cs), k -> new ArrayList<>()).add(w);
        }
        groups.forEach((k, v) -> System.out.println(k + " -> " + v));
        System.out.println(titleCase("  the  art of   COMPUTER programming "));
        System.out.println(runLength("aaabccddddde") + " " + runLength("") + " " + runLength("z"));
        String secret = caesar("Attack at Dawn, Zebra!", 3);
        System.out.println(secret + " | " + caesar(secret, -3));
        String text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
        System.out.println("vowels " + vowels(text));
        Map<String, Integer> freq = new HashMap<>();
        for (String w : text.toLowerCase().split("[^a-z]+")) {
            if (!w.isEmpty()) {
                freq.merge(w, 1, Integer::sum);
            }
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (int i = 0; i < 4; i++) {
            Map.Entry<String, Integer> e = entries.get(i);
            System.out.printf("%-6s %d%n", e.getKey(), e.getValue());
        }
        String csv = "name,age,,city,";
        System.out.println(Arrays.toString(csv.split(",")) + " " + csv.split(",").length + " " + csv.split(",", -1).length);
        System.out.println(String.join("/", "usr", "local", "bin") + " " + "abc".repeat(3) + " " + "  pad ".strip() + "|");
        StringBuilder sb = new StringBuilder("racecar");
        System.out.println(sb.reverse() + " " + sb.indexOf("car") + " " + sb.insert(0, "[").append("]"));
        System.out.println("Mississippi".indexOf("ss") + " " + "Mississippi".lastIndexOf("ss") + " " + "Mississippi".replace("ss", "SS"));
        System.out.println("compare: " + "apple".compareTo("banana") + " " + "b".compareToIgnoreCase("B") + " " + "x".equals(null));
    }
}
// expect: "A man, a plan, a canal: Panama" palindrome? true
// expect: "Hello" palindrome? false
// expect: "Was it a car or a cat I saw?" palindrome? true
// expect: "" palindrome? true
// expect: act -> [cat, act, tac]
// expect: dgo -> [dog]
// expect: eggloo -> [google, gogole]
// expect: eilnst -> [listen, silent, enlist]
// expect: The Art Of Computer Programming
// expect: 3a1b2c5d1e  1z
// expect: Dwwdfn dw Gdzq, Cheud! | Attack at Dawn, Zebra!
// expect: vowels 22
// expect: it     3
// expect: of     3
// expect: the    3
// expect: was    3
// expect: [name, age, , city] 4 5
// expect: usr/local/bin abcabcabc pad|
// expect: racecar 4 [racecar]
// expect: 2 5 MiSSiSSippi
// expect: compare: -1 0 false
