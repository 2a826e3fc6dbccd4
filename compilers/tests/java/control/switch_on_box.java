import java.util.*;

// A switch on an Integer or a Character switches on its value (JLS 14.11): unboxed first, so a null
// box throws java's NullPointerException, naming where the box came from.
public class Main {
    static String describe(Integer code) {
        switch (code) {
            case 200: return "OK";
            case 404: return "Not Found";
            case 500: return "Server Error";
            default: return "code " + code;
        }
    }

    public static void main(String[] args) {
        List<Integer> codes = List.of(200, 404, 302, 500);
        for (Integer c : codes) {
            System.out.println(describe(c));
        }
        Map<Character, Integer> counts = new TreeMap<>();
        for (char ch : "mississippi".toCharArray()) {
            counts.merge(ch, 1, Integer::sum);
        }
        for (Character ch : counts.keySet()) {
            String kind = switch (ch) {
                case 'a', 'e', 'i', 'o', 'u' -> "vowel";
                default -> "consonant";
            };
            switch (counts.get(ch)) {
                case 1 -> System.out.println(ch + " once, " + kind);
                case 2 -> System.out.println(ch + " twice, " + kind);
                default -> System.out.println(ch + " " + counts.get(ch) + " times, " + kind);
            }
        }
        Character grade = 'B';
        int points = switch (grade) { case 'A' -> 4; case 'B' -> 3; default -> 0; };
        System.out.println(points);
        Map<String, Integer> stock = new HashMap<>();
        stock.put("apple", 3);
        try {
            switch (stock.get("pear")) {
                case 0 -> System.out.println("none");
                default -> System.out.println("some");
            }
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        Integer missing = null;
        int after = 1;
        switch (missing) {
            case 1: System.out.println("one"); break;
            default: System.out.println("other " + after);
        }
    }
}
// expect: OK
// expect: Not Found
// expect: code 302
// expect: Server Error
// expect: i 4 times, vowel
// expect: m once, consonant
// expect: p twice, consonant
// expect: s 4 times, consonant
// expect: 3
// expect: Cannot invoke "java.lang.Integer.intValue()" because the return value of "java.util.Map.get(Object)" is null
// expect runtime error: trap 4
// expect stderr: at Main.main(switch_on_box.java:50)
// expect exit: 1
