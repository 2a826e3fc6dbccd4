import java.util.*;
import java.util.stream.*;

public class Main {
    static boolean anagrams(String a, String b) {
        char[] x = a.replaceAll("\\s", "").toLowerCase().toCharArray(), y = b.replaceAll("\\s", "").toLowerCase().toCharArray();
        Arrays.sort(x); Arrays.sort(y);
        return Arrays.equals(x, y);
    }
    static String pigLatin(String w) {
        int i = 0;
        while (i < w.length() && "aeiou".indexOf(w.charAt(i)) < 0) i++;
        return i == 0 ? w + "way" : w.substring(i) + w.substring(0, i) + "ay";
    }
    static String rle(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int j = i;
            while (j < s.length() && s.charAt(j) == s.charAt(i)) j++;
            sb.append(j - i).append(s.charAt(i));
            i = j;
        }
        return sb.toString();
    }
    static int vowels(String s) {
        int n = 0;
        for (char c : s.toLowerCase().toCharArray()) {
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u' -> n++;
                default -> { }
            }
        }
        return n;
    }
    public static void main(String[] args) {
        var pairs = List.of(new String[]{"listen", "silent"}, new String[]{"Dormitory", "dirty room"}, new String[]{"abc", "abd"});
        for (var p : pairs) System.out.println(p[0] + " / " + p[1] + " -> " + anagrams(p[0], p[1]));
        var text = "the quick brown fox jumps over the lazy dog";
        System.out.println(Arrays.stream(text.split(" ")).map(Main::pigLatin).collect(Collectors.joining(" ")));
        System.out.println(rle("aaabccddddde") + " " + rle("") + " " + rle("z"));
        System.out.println(vowels(text) + " " + text.chars().filter(Character::isLetter).count());
        var freq = new int[26];
        for (char c : text.toCharArray()) if (c >= 'a' && c <= 'z') freq[c - 'a']++;
        var sb = new StringBuilder();
        for (int i = 0; i < 26; i++) if (freq[i] > 1) sb.append((char) ('a' + i)).append(freq[i]);
        System.out.println(sb + " pangram=" + Arrays.stream(freq).allMatch(f -> f > 0));
        String sentence = "  Hello,   World! How are   you?  ";
        System.out.println(Arrays.toString(sentence.trim().split("\\s+")) + " " + Arrays.toString(sentence.split("[,!?]")) + " " + sentence.replaceAll("[^A-Za-z]", "").length());
        System.out.println(String.join("|", "a1b22c333".split("\\d+")) + " " + "2024-12-06".split("-").length + " " + "a.b.c".split("\\.").length + " " + Arrays.toString("x,,y,".split(",")));
        var words = new TreeMap<Integer, List<String>>();
        for (String w : text.split(" ")) words.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        System.out.println(words + " " + words.lastEntry().getValue() + " " + words.headMap(4, true).size());
        String longest = Arrays.stream(text.split(" ")).max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse("");
        System.out.println(longest + " " + new StringBuilder(longest).reverse() + " " + longest.toUpperCase().charAt(0) + longest.substring(1));
        System.out.println("Mississippi".replaceAll("(ss)", "[$1]") + " " + "a-b_c d".replaceAll("[-_ ]", "") + " " + "CamelCaseString".replaceAll("([A-Z])", " $1").trim());
        System.out.println("abc".compareTo("abd") + " " + "Apple".compareToIgnoreCase("apple") + " " + "b".repeat(3).lastIndexOf('b') + " " + "hello".chars().map(c -> c - 'a' + 1).sum());
        char[] arr = text.toCharArray();
        int spaces = 0;
        for (char c : arr) if (Character.isWhitespace(c)) spaces++;
        System.out.println(spaces + " " + text.indexOf("the", 1) + " " + text.startsWith("quick", 4) + " " + text.endsWith("dog") + " " + text.matches(".*fox.*"));
    }
}
// expect: listen / silent -> true
// expect: Dormitory / dirty room -> true
// expect: abc / abd -> false
// expect: ethay uickqay ownbray oxfay umpsjay overway ethay azylay ogday
// expect: 3a1b2c5d1e  1z
// expect: 11 35
// expect: e3h2o4r2t2u2 pangram=true
// expect: [Hello,, World!, How, are, you?] [  Hello,    World,  How are   you,   ] 19
// expect: a|b|c 3 3 [x, , y]
// expect: {3=[the, fox, the, dog], 4=[over, lazy], 5=[quick, brown, jumps]} [quick, brown, jumps] 2
// expect: quick kciuq Quick
// expect: Mi[ss]i[ss]ippi abcd Camel Case String
// expect: -1 0 2 52
// expect: 8 31 true true true
