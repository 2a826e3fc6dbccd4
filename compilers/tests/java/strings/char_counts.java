public class Main {
    public static void main(String[] args) {
        String text = "The Analytical Engine weaves algebraic patterns 1843";
        int letters = 0, digits = 0, spaces = 0, upper = 0;
        int[] counts = new int[26];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                counts[Character.toLowerCase(c) - 'a']++;
            }
            if (Character.isDigit(c)) digits++;
            if (Character.isWhitespace(c)) spaces++;
            if (Character.isUpperCase(c)) upper++;
        }
        System.out.println(letters + " " + digits + " " + spaces + " " + upper);
        for (int i = 0; i < 26; i++) {
            if (counts[i] > 2) System.out.println((char) ('a' + i) + ": " + counts[i]);
        }
        System.out.println(Character.toUpperCase('q'));
    }
}
// expect: 42 4 6 3
// expect: a: 7
// expect: e: 7
// expect: i: 3
// expect: l: 3
// expect: n: 4
// expect: t: 4
// expect: Q
