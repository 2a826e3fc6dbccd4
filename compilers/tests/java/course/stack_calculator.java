// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    enum Op {
        ADD('+', 1), SUB('-', 1), MUL('*', 2), DIV('/', 2), MOD('%', 2), POW('^', 3);

        final char symbol;
        final int precedence;

        Op(char symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }

        static Op of(char c) {
            for (Op op : values()) if (op.symbol == c) return op;
            throw new IllegalArgumentException("unknown operator '" + c + "'");
        }

        boolean rightAssociative() {
            return this == POW;
        }

        long apply(long a, long b) {
            return switch (this) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> {
                    if (b == 0) throw new ArithmeticException("division by zero in expression");
                    yield a / b;
                }
                case MOD -> a % b;
                case POW -> {
                    long r = 1;
                    for (int i = 0; i < b; i++) r *= a;
                    yield r;
                }
            };
        }
    }

    static List<String> toPostfix(String expr) {
        List<String> out = new ArrayList<>();
        Deque<Character> ops = new ArrayDeque<>();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < expr.length() && Character.isDigit(expr.charAt(j))) j++;
                out.add(expr.substring(i, j));
                i = j;
            } else if (c == '(') {
                ops.push(c);
                i++;
            } else if (c == ')') {
                while (!ops.isEmpty() && ops.peek() != '(') out.add(String.valueOf(ops.pop()));
                if (ops.isEmpty()) throw new IllegalArgumentException("unbalanced ')' at " + i);
                ops.pop();
                i++;
            } else {
                Op op = Op.of(c);
                while (!ops.isEmpty() && ops.peek() != '(') {
                    Op top = Op.of(ops.peek());
                    if (top.precedence > op.precedence || (top.precedence == op.precedence && !op.rightAssociative())) {
                        out.add(String.valueOf(ops.pop()));
                    } else {
                        break;
                    }
                }
                ops.push(c);
                i++;
            }
        }
        while (!ops.isEmpty()) {
            char c = ops.pop();
            if (c == '(') throw new IllegalArgumentException("unbalanced '('");
            out.add(String.valueOf(c));
        }
        return out;
    }

    static long evaluate(List<String> postfix) {
        Deque<Long> st = new ArrayDeque<>();
        for (String tok : postfix) {
            if (Character.isDigit(tok.charAt(0))) {
                st.push(Long.parseLong(tok));
            } else {
                long b = st.pop(), a = st.pop();
                st.push(Op.of(tok.charAt(0)).apply(a, b));
            }
        }
        return st.pop();
    }

    public static void main(String[] args) {
        String[] exprs = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "100 / 7 % 4", "2 * (3 + 4) - 5 / (1 + 1)",
            "10 / (5 - 5)", "3 + 4 )", "(8 # 2)", "9999999999 * 9999999999"};
        for (String e : exprs) {
            try {
                List<String> pf = toPostfix(e);
                System.out.printf("%-28s => %-24s = %d%n", e, String.join(" ", pf), evaluate(pf));
            } catch (IllegalArgumentException | ArithmeticException ex) {
                System.out.printf("%-28s !! %s: %s%n", e, ex.getClass().getSimpleName(), ex.getMessage());
            }
        }
        Map<Op, Integer> uses = new TreeMap<>();
        for (String e : exprs) {
            for (char c : e.toCharArray()) {
                for (Op op : Op.values()) if (op.symbol == c) uses.merge(op, 1, Integer::sum);
            }
        }
        System.out.println(uses);
    }
}
// expect: 1 + 2 * 3                    => 1 2 3 * +                = 7
// expect: (1 + 2) * 3                  => 1 2 + 3 *                = 9
// expect: 2 ^ 3 ^ 2                    => 2 3 2 ^ ^                = 512
// expect: 100 / 7 % 4                  => 100 7 / 4 %              = 2
// expect: 2 * (3 + 4) - 5 / (1 + 1)    => 2 3 4 + * 5 1 1 + / -    = 12
// expect: 10 / (5 - 5)                 !! ArithmeticException: division by zero in expression
// expect: 3 + 4 )                      !! IllegalArgumentException: unbalanced ')' at 6
// expect: (8 # 2)                      !! IllegalArgumentException: unknown operator '#'
// expect: 9999999999 * 9999999999      => 9999999999 9999999999 *  = 7766279611452241921
// expect: {ADD=5, SUB=2, MUL=4, DIV=3, MOD=1, POW=2}
