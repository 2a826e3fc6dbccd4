public class Main {
    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Sub(new Num(10), new Num(4))));
        System.out.println(e.show() + " = " + e.eval());
        Expr d = new Div(new Num(7), new Sub(new Num(2), new Num(2)));
        try {
            System.out.println(d.eval());
        } catch (ArithmeticException ex) {
            System.out.println(d.show() + " fails: " + ex.getMessage());
        }
    }
}

abstract class Expr {
    abstract int eval();
    abstract String show();
}

class Num extends Expr {
    final int value;
    Num(int value) { this.value = value; }
    int eval() { return value; }
    String show() { return String.valueOf(value); }
}

abstract class Binary extends Expr {
    final Expr left, right;
    Binary(Expr left, Expr right) { this.left = left; this.right = right; }
    abstract int apply(int a, int b);
    abstract String symbol();
    int eval() { return apply(left.eval(), right.eval()); }
    String show() { return "(" + left.show() + " " + symbol() + " " + right.show() + ")"; }
}

class Add extends Binary {
    Add(Expr l, Expr r) { super(l, r); }
    int apply(int a, int b) { return a + b; }
    String symbol() { return "+"; }
}

class Sub extends Binary {
    Sub(Expr l, Expr r) { super(l, r); }
    int apply(int a, int b) { return a - b; }
    String symbol() { return "-"; }
}

class Mul extends Binary {
    Mul(Expr l, Expr r) { super(l, r); }
    int apply(int a, int b) { return a * b; }
    String symbol() { return "*"; }
}

class Div extends Binary {
    Div(Expr l, Expr r) { super(l, r); }
    int apply(int a, int b) { return a / b; }
    String symbol() { return "/"; }
}
// expect: (2 + (3 * (10 - 4))) = 20
// expect: (7 / (2 - 2)) fails: / by zero
