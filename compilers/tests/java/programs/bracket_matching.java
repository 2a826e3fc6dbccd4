import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.HashMap;

public class Main {
    private static final Map<Character, Character> PAIRS = new HashMap<>();

    static {
        PAIRS.put(')', '(');
        PAIRS.put(']', '[');
        PAIRS.put('}', '{');
    }

    static int firstError(String text) {
        Deque<Character> stack = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
            } else if (PAIRS.containsKey(c)) {
                if (stack.isEmpty() || stack.pop() != PAIRS.get(c)) {
                    return i;
                }
            }
        }
        return stack.isEmpty() ? -1 : text.length();
    }

    static int evaluate(String expr) {
        Deque<Integer> values = new ArrayDeque<>();
        for (String token : expr.trim().split("\\s+")) {
            switch (token) {
                case "+" -> values.push(values.pop() + values.pop());
                case "*" -> values.push(values.pop() * values.pop());
                case "-" -> {
                    int b = values.pop(), a = values.pop();
                    values.push(a - b);
                }
                case "/" -> {
                    int b = values.pop(), a = values.pop();
                    values.push(a / b);
                }
                default -> values.push(Integer.parseInt(token));
            }
        }
        if (values.size() != 1) {
            throw new IllegalStateException("malformed: " + expr);
        }
        return values.pop();
    }

    public static void main(String[] args) {
        String[] tests = {"(a[b]{c})", "([)]", "((", "}", "", "{[()()]}"};
        for (String t : tests) {
            int e = firstError(t);
            System.out.println("\"" + t + "\" -> " + (e < 0 ? "balanced" : "error at " + e));
        }
        System.out.println(evaluate("3 4 + 2 *"));
        System.out.println(evaluate("  10 2 8 * + 3 -"));
        System.out.println(evaluate("20 4 /"));
        try {
            evaluate("1 2");
        } catch (IllegalStateException ex) {
            System.out.println(ex.getMessage());
        }
        System.out.println(evaluate("7 0 /"));
    }
}
// expect: "(a[b]{c})" -> balanced
// expect: "([)]" -> error at 2
// expect: "((" -> error at 2
// expect: "}" -> error at 0
// expect: "" -> balanced
// expect: "{[()()]}" -> balanced
// expect: 14
// expect: 23
// expect: 5
// expect: malformed: 1 2
// expect runtime error: trap 4
// expect stderr: at Main.main(bracket_matching.java:67)
// expect exit: 1
