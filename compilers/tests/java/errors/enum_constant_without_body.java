public class Main {
    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        MINUS;
        abstract int apply(int a, int b);
    }
    public static void main(String[] args) {
        System.out.println(Op.PLUS.apply(1, 2));
    }
}
// error: 4:9: Op is abstract; cannot be instantiated
