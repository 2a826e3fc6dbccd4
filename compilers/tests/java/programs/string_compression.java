public class Main {
    static String compress(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int run = 1;
            while (i + run < s.length() && s.charAt(i + run) == c) run++;
            out.append(c);
            if (run > 1) out.append(run);
            i += run;
        }
        return out.toString();
    }

    static String expand(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i++);
            int n = 0;
            while (i < s.length() && Character.isDigit(s.charAt(i))) n = n * 10 + (s.charAt(i++) - '0');
            if (n == 0) n = 1;
            for (int k = 0; k < n; k++) out.append(c);
        }
        return out.toString();
    }

    public static void main(String[] args) {
        String[] inputs = {"aaabccdddd", "abc", "zzzzzzzzzzzz", ""};
        for (String in : inputs) {
            String c = compress(in);
            System.out.println("[" + in + "] -> [" + c + "] -> [" + expand(c) + "] " + expand(c).equals(in));
        }
    }
}
// expect: [aaabccdddd] -> [a3bc2d4] -> [aaabccdddd] true
// expect: [abc] -> [abc] -> [abc] true
// expect: [zzzzzzzzzzzz] -> [z12] -> [zzzzzzzzzzzz] true
// expect: [] -> [] -> [] true
