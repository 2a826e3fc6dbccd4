public class Main {
    static String shift(String s, int k) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') c = (char) ('a' + (c - 'a' + k + 26) % 26);
            else if (c >= 'A' && c <= 'Z') c = (char) ('A' + (c - 'A' + k + 26) % 26);
            out.append(c);
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String secret = shift("Hello, Analytical Engine!", 3);
        System.out.println(secret);
        System.out.println(shift(secret, -3));
    }
}
// expect: Khoor, Dqdobwlfdo Hqjlqh!
// expect: Hello, Analytical Engine!
