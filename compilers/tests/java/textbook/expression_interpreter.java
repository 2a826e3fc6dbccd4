import java.util.*;

public class Main {
    enum Kind { NUM, IDENT, OP, LPAREN, RPAREN, END }

    record Token(Kind kind, String text) {
        @Override
        public String toString() { return kind + "(" + text + ")"; }
    }

    static class Lexer {
        private final String src;
        private int pos;
        Lexer(String src) { this.src = src; }

        List<Token> tokens() {
            List<Token> out = new ArrayList<>();
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (Character.isWhitespace(c)) { pos++; continue; }
                if (Character.isDigit(c)) {
                    int start = pos;
                    while (pos < src.length() && Character.isDigit(src.charAt(pos))) pos++;
                    out.add(new Token(Kind.NUM, src.substring(start, pos)));
                } else if (Character.isLetter(c)) {
                    int start = pos;
                    while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
                    out.add(new Token(Kind.IDENT, src.substring(start, pos)));
                } else if (c == '(') { out.add(new Token(Kind.LPAREN, "(")); pos++; }
                else if (c == ')') { out.add(new Token(Kind.RPAREN, ")")); pos++; }
                else if ("+-*/%=".indexOf(c) >= 0) { out.add(new Token(Kind.OP, String.valueOf(c))); pos++; }
                else throw new IllegalArgumentException("Unexpected character '" + c + "' at " + pos);
            }
            out.add(new Token(Kind.END, ""));
            return out;
        }
    }

    interface Expr { int eval(Map<String, Integer> env); }

    static class Parser {
        private final List<Token> toks;
        private int i;
        Parser(List<Token> toks) { this.toks = toks; }

        private Token peek() { return toks.get(i); }
        private Token next() { return toks.get(i++); }

        Expr expr() {
            Expr left = term();
            while (peek().kind() == Kind.OP && (peek().text().equals("+") || peek().text().equals("-"))) {
                String op = next().text();
                Expr l = left, r = term();
                left = op.equals("+") ? env -> l.eval(env) + r.eval(env) : env -> l.eval(env) - r.eval(env);
            }
            return left;
        }

        Expr term() {
            Expr left = factor();
            while (peek().kind() == Kind.OP && "*/%".contains(peek().text())) {
                char op = next().text().charAt(0);
                Expr l = left, r = factor();
                left = switch (op) {
                    case '*' -> env -> l.eval(env) * r.eval(env);
                    case '/' -> env -> l.eval(env) / r.eval(env);
                    default -> env -> l.eval(env) % r.eval(env);
                };
            }
            return left;
        }

        Expr factor() {
            Token t = next();
            switch (t.kind()) {
                case NUM: {
                    int v = Integer.parseInt(t.text());
                    return env -> v;
                }
                case IDENT: {
                    String name = t.text();
                    return env -> {
                        Integer v = env.get(name);
                        if (v == null) throw new IllegalStateException("undefined: " + name);
                        return v;
                    };
                }
                case LPAREN: {
                    Expr e = expr();
                    if (next().kind() != Kind.RPAREN) throw new IllegalStateException("expected )");
                    return e;
                }
                case OP:
                    if (t.text().equals("-")) {
                        Expr inner = factor();
                        return env -> -inner.eval(env);
                    }
                default:
                    throw new IllegalStateException("unexpected " + t);
            }
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> env = new HashMap<>();
        String[] program = {"x = 6", "y = x * (x + 1) / 2", "z = y % 4 - -3", "x + y * z", "w + 1", "(1 + 2", "2 $ 3", "10 / (x - 6)"};
        for (String line : program) {
            try {
                List<Token> toks = new Lexer(line).tokens();
                if (toks.size() > 2 && toks.get(1).text().equals("=")) {
                    String name = toks.get(0).text();
                    int v = new Parser(toks.subList(2, toks.size())).expr().eval(env);
                    env.put(name, v);
                    System.out.println(name + " := " + v);
                } else {
                    System.out.println(line + " => " + new Parser(toks).expr().eval(env));
                }
            } catch (IllegalStateException | IllegalArgumentException e) {
                System.out.println("error: " + e.getMessage());
            } catch (ArithmeticException e) {
                System.out.println("arithmetic: " + e.getMessage());
            }
        }
        System.out.println(new TreeMap<>(env));
        System.out.println(new Lexer("a1 + 22").tokens());
    }
}
// expect: x := 6
// expect: y := 21
// expect: z := 4
// expect: x + y * z => 90
// expect: error: undefined: w
// expect: error: expected )
// expect: error: Unexpected character '$' at 2
// expect: arithmetic: / by zero
// expect: {x=6, y=21, z=4}
// expect: [IDENT(a1), OP(+), NUM(22), END()]
