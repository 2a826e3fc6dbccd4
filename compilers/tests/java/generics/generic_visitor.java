import java.util.*;
public class Main {
    interface Visitor<R> { R visitNum(int n); R visitAdd(Expr a, Expr b); }
    interface Expr { <R> R accept(Visitor<R> v); }
    static class Num implements Expr { final int n; Num(int n) { this.n = n; } public <R> R accept(Visitor<R> v) { return v.visitNum(n); } }
    static class Add implements Expr { final Expr a, b; Add(Expr a, Expr b) { this.a = a; this.b = b; } public <R> R accept(Visitor<R> v) { return v.visitAdd(a, b); } }
    static class Eval implements Visitor<Integer> {
        public Integer visitNum(int n) { return n; }
        public Integer visitAdd(Expr a, Expr b) { return a.accept(this) + b.accept(this); }
    }
    public static void main(String[] args) {
        Expr e = new Add(new Num(2), new Add(new Num(3), new Num(4)));
        System.out.println(e.accept(new Eval()));
    }
}
// expect: 9
