// Expected output: java 17's (java deque_stacks.java).
import java.util.*;

public class Main {
    static boolean balanced(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> stack.push(c);
                case ')', ']', '}' -> {
                    if (stack.isEmpty()) return false;
                    char open = stack.pop();
                    if ((c == ')' && open != '(') || (c == ']' && open != '[') || (c == '}' && open != '{')) return false;
                }
                default -> {}
            }
        }
        return stack.isEmpty();
    }
    static int evalRpn(String expr) {
        Deque<Integer> st = new ArrayDeque<>();
        for (String tok : expr.trim().split("\\s+")) {
            switch (tok) {
                case "+" -> st.push(st.pop() + st.pop());
                case "*" -> st.push(st.pop() * st.pop());
                case "-" -> { int b = st.pop(), a = st.pop(); st.push(a - b); }
                case "/" -> { int b = st.pop(), a = st.pop(); st.push(a / b); }
                default -> st.push(Integer.parseInt(tok));
            }
        }
        return st.pop();
    }
    public static void main(String[] args) {
        for (String s : new String[]{"([]{})", "([)]", "((", ""}) System.out.println("'" + s + "' " + balanced(s));
        System.out.println(evalRpn("3 4 + 2 *"));
        System.out.println(evalRpn(" 10 2 8 * + 3 - "));
        Deque<String> dq = new ArrayDeque<>();
        dq.offerFirst("b"); dq.offerLast("c"); dq.addFirst("a"); dq.push("z");
        System.out.println(dq + " peek=" + dq.peek() + " last=" + dq.peekLast());
        System.out.println(dq.pollLast() + " " + dq.pop() + " " + dq);
        Iterator<String> desc = dq.descendingIterator();
        while (desc.hasNext()) System.out.print(desc.next());
        System.out.println();
        try { evalRpn("1 +"); } catch (NoSuchElementException e) { System.out.println("bad expr: " + e); }
        try { evalRpn("1 0 /"); } catch (ArithmeticException e) { System.out.println(e); }
        Deque<Integer> empty = new ArrayDeque<>();
        System.out.println(empty.poll() + " " + empty.peekFirst());
    }
}

// expect: '([]{})' true
// expect: '([)]' false
// expect: '((' false
// expect: '' true
// expect: 14
// expect: 23
// expect: [z, a, b, c] peek=z last=c
// expect: c z [a, b]
// expect: ba
// expect: bad expr: java.util.NoSuchElementException
// expect: java.lang.ArithmeticException: / by zero
// expect: null null
