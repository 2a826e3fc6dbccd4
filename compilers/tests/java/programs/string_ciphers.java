import java.util.*;

public class Main {
    static String caesar(String text, int shift) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append((char) ('A' + Math.floorMod(c - 'A' + shift, 26)));
            } else if (Character.isLowerCase(c)) {
                out.append((char) ('a' + Math.floorMod(c - 'a' + shift, 26)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            char a = s.charAt(i), b = s.charAt(j);
            if (!Character.isLetterOrDigit(a)) { i++; continue; }
            if (!Character.isLetterOrDigit(b)) { j--; continue; }
            if (Character.toLowerCase(a) != Character.toLowerCase(b)) return false;
            i++;
            j--;
        }
        return true;
    }

    static Map<Character, Integer> letterCounts(String s) {
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : s.toCharArray()) {
            if (Character.isLetter(c)) {
                char k = Character.toLowerCase(c);
                counts.put(k, counts.getOrDefault(k, 0) + 1);
            }
        }
        return counts;
    }

    static boolean anagrams(String a, String b) {
        char[] x = a.replace(" ", "").toLowerCase().toCharArray();
        char[] y = b.replace(" ", "").toLowerCase().toCharArray();
        Arrays.sort(x);
        Arrays.sort(y);
        return Arrays.equals(x, y);
    }

    public static void main(String[] args) {
        String msg = "Attack at Dawn, Zebra!";
        String enc = caesar(msg, 3);
        System.out.println(enc);
        System.out.println(caesar(enc, -3));
        for (String s : new String[] {"A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?"}) {
            System.out.println(isPalindrome(s) + " " + s);
        }
        System.out.println(letterCounts("Mississippi River"));
        System.out.println(anagrams("Dormitory", "dirty room") + " " + anagrams("abc", "abd"));
        String words = "  the   quick brown   fox ";
        String[] parts = words.trim().split("\\s+");
        StringBuilder acronym = new StringBuilder();
        for (String p : parts) {
            acronym.append(Character.toUpperCase(p.charAt(0)));
        }
        System.out.println(acronym + " " + parts.length + " " + String.join("-", parts));
        System.out.println("ab".repeat(3) + " " + "hello".lastIndexOf('l') + " " + "Hello".equalsIgnoreCase("hELLO"));
        System.out.println("banana".replace('a', 'o') + " " + "banana".indexOf("an", 2) + " " + "banana".replace("an", "AN"));
    }
}
// expect: Dwwdfn dw Gdzq, Cheud!
// expect: Attack at Dawn, Zebra!
// expect: true A man, a plan, a canal: Panama
// expect: false Hello
// expect: true Was it a car or a cat I saw?
// expect: {e=1, i=5, m=1, p=2, r=2, s=4, v=1}
// expect: true false
// expect: TQBF 4 the-quick-brown-fox
// expect: ababab 3 true
// expect: bonono 3 bANANa
// max-steps: 50000000
