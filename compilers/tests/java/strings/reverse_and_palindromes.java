public class Main {
    static String reverse(String s) {
        String out = "";
        for (int i = s.length() - 1; i >= 0; i--) out += s.charAt(i);
        return out;
    }

    static boolean isPalindrome(String s) {
        int i = 0, j = s.length() - 1;
        while (i < j) {
            if (s.charAt(i) != s.charAt(j)) return false;
            i++;
            j--;
        }
        return true;
    }

    public static void main(String[] args) {
        String[] words = {"level", "engine", "racecar", "babbage", "noon"};
        for (String w : words) {
            System.out.println(w + " -> " + reverse(w) + " " + isPalindrome(w));
        }
    }
}
// expect: level -> level true
// expect: engine -> enigne false
// expect: racecar -> racecar true
// expect: babbage -> egabbab false
// expect: noon -> noon true
