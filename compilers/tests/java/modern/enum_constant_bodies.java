public class Main {
    enum Op {
        PLUS("+") {
            int apply(int a, int b) { return a + b; }
        },
        TIMES("*") {
            int apply(int a, int b) { return a * b; }
            @Override public String toString() { return "times"; }
        },
        MINUS("-") {
            int apply(int a, int b) { return a - b; }
        };
        private final String symbol;
        Op(String symbol) { this.symbol = symbol; System.out.println("made " + symbol); }
        abstract int apply(int a, int b);
        String symbol() { return symbol; }
    }
    enum Planet {
        MERCURY, VENUS { String describe() { return "hot"; } }, EARTH;
        String describe() { return "planet " + name().toLowerCase(); }
    }
    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(op + " " + op.name() + " " + op.symbol() + " " + op.apply(6, 3) + " " + op.ordinal());
        }
        System.out.println(Op.PLUS.getClass().getName());
        System.out.println(Op.valueOf("MINUS").apply(1, 2));
        for (Planet p : Planet.values()) System.out.println(p + ": " + p.describe() + " " + p.getClass().getSimpleName());
        Op o = Op.TIMES;
        switch (o) {
            case PLUS -> System.out.println("plus");
            case TIMES -> System.out.println("times!");
            default -> System.out.println("other");
        }
        System.out.println(Op.PLUS.compareTo(Op.MINUS));
        System.out.println(Op.PLUS == Op.valueOf("PLUS"));
    }
}
// expect: made +
// expect: made *
// expect: made -
// expect: PLUS PLUS + 9 0
// expect: times TIMES * 18 1
// expect: MINUS MINUS - 3 2
// expect: Main$Op$1
// expect: -1
// expect: MERCURY: planet mercury Planet
// expect: VENUS: hot 
// expect: EARTH: planet earth Planet
// expect: times!
// expect: -2
// expect: true
