public class Main {
    public static void main(String[] args) {
        String sample = "aZ9 _\t!";
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            System.out.println((int) c + " " + Character.isDigit(c) + " " + Character.isLetter(c) + " "
                + Character.isLetterOrDigit(c) + " " + Character.isUpperCase(c) + " " + Character.isLowerCase(c)
                + " " + Character.isWhitespace(c));
        }
        System.out.println(Character.toUpperCase('a') + "" + Character.toLowerCase('Q') + Character.toUpperCase('1'));
    }
}
// expect: 97 false true true false true false
// expect: 90 false true true true false false
// expect: 57 true false true false false false
// expect: 32 false false false false false true
// expect: 95 false false false false false false
// expect: 9 false false false false false true
// expect: 33 false false false false false false
// expect: Aq1
