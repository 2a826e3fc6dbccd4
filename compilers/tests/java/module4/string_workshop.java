import java.util.*;
import java.util.stream.*;

public class Main {
    static boolean isPalindrome(String s) {
        String clean = s.toLowerCase().chars().filter(Character::isLetterOrDigit)
            .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
        return new StringBuilder(clean).reverse().toString().equals(clean);
    }
    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (Character.isUpperCase(c)) sb.append((char) ('A' + (c - 'A' + k + 26) % 26));
            else if (Character.isLowerCase(c)) sb.append((char) ('a' + (c - 'a' + k + 26) % 26));
            else sb.append(c);
        }
        return sb.toString();
    }
    static String titleCase(String s) {
        return Arrays.stream(s.strip().split("\\s+"))
            .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1).toLowerCase())
            .collect(Collectors.joining(" "));
    }
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("Hello World");
        sb.insert(5, ",").insert(0, ">> ").append('!').append(42).append(3.5).append(true);
        System.out.println(sb + " len=" + sb.length());
        sb.deleteCharAt(sb.length() - 1).delete(0, 3).replace(0, 5, "HELLO");
        System.out.println(sb + " idx=" + sb.indexOf("o") + " char=" + sb.charAt(4));
        sb.setCharAt(0, 'j'); sb.reverse();
        System.out.println(sb);
        for (String s : List.of("A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?"))
            System.out.println(isPalindrome(s) + " <- " + s);
        String enc = caesar("Attack at Dawn, Zebra!", 3);
        System.out.println(enc + " | " + caesar(enc, -3));
        System.out.println("[" + titleCase("   the QUICK  brown fOX   ") + "]");
        String padded = "\t  spaced out \n";
        System.out.println("[" + padded.strip() + "][" + padded.stripLeading() + "][" + padded.stripTrailing() + "][" + padded.trim() + "]");
        System.out.println(String.format("|%5d|%-5d|%05d|%+d|%,d|%x|%X|%o|", 42, 42, 42, 42, 1234567, 255, 255, 8));
        System.out.println(String.format("|%8.3f|%-8.2f|%08.2f|%.0f|%e|%10s|%-10s|%c|%b|%%|", 3.14159, 2.5, -2.5, 2.5, 12345.678, "hi", "hi", 'z', null));
        System.out.println(String.format("%s has %d items costing %.2f", "cart", 3, 19.999));
        System.out.println("ab".repeat(3) + "|" + "-".repeat(0) + "|" + String.join("/", "usr", "local", "bin"));
        System.out.println(String.join(", ", new TreeSet<>(Arrays.asList("pear", "apple", "fig"))));
        String csv = "name,age,,city,";
        System.out.println(Arrays.toString(csv.split(",")) + " " + csv.split(",").length + " " + Arrays.toString(csv.split(",", -1)));
        String word = "Mississippi";
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : word.toCharArray()) counts.merge(c, 1, Integer::sum);
        System.out.println(counts);
        System.out.println(word.chars().filter(c -> c == 's').count() + " " + word.indexOf("ss") + " " + word.lastIndexOf("ss") + " " + word.indexOf('s', 4) + " " + word.replace("ss", "SS"));
        System.out.println(word.chars().distinct().mapToObj(c -> "" + (char) c).collect(Collectors.joining("", "<", ">")));
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcd") + " " + "Hello".equalsIgnoreCase("hELLO"));
        System.out.println("  ".isBlank() + " " + "".isEmpty() + " " + "a-b-c".replace('-', '+') + " " + "x".concat("y") + " " + "Java".contains("av"));
        char[] cs = "dcba".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 2) + " " + cs.length);
        System.out.println("%d%% of %s".formatted(50, "it") + " " + "TeSt".toLowerCase() + "TeSt".toUpperCase());
        StringBuilder tri = new StringBuilder();
        for (int i = 1; i <= 4; i++) tri.append(" ".repeat(4 - i)).append("*".repeat(2 * i - 1)).append('\n');
        System.out.print(tri);
        String s = null;
        System.out.println("null concat: " + s + " " + String.valueOf((Object) null));
        System.out.println("hello".substring(2, 10));
    }
}
// expect: >> Hello, World!423.5true len=25
// expect: HELLO, World!423.5tru idx=8 char=O
// expect: urt5.324!dlroW ,OLLEj
// expect: true <- A man, a plan, a canal: Panama
// expect: false <- Hello
// expect: true <- Was it a car or a cat I saw?
// expect: Dwwdfn dw Gdzq, Cheud! | Attack at Dawn, Zebra!
// expect: [The Quick Brown Fox]
// expect: [spaced out][spaced out 
// expect: ][	  spaced out][spaced out]
// expect: |   42|42   |00042|+42|1,234,567|ff|FF|10|
// expect: |   3.142|2.50    |-0002.50|3|1.234568e+04|        hi|hi        |z|false|%|
// expect: cart has 3 items costing 20.00
// expect: ababab||usr/local/bin
// expect: apple, fig, pear
// expect: [name, age, , city] 4 [name, age, , city, ]
// expect: {M=1, i=4, p=2, s=4}
// expect: 4 2 5 5 MiSSiSSippi
// expect: <Misp>
// expect: -1 1 -1 true
// expect: true true a+b+c xy true
// expect: abcd bc 4
// expect: 50% of it testTEST
// expect:    *
// expect:   ***
// expect:  *****
// expect: *******
// expect: null concat: null null
// expect runtime error: trap 4
// expect stderr: at Main.main(string_workshop.java:63)
// expect exit: 1
