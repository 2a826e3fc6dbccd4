public class Main {
    enum Op {
        ADD('+'), SUB('-'), MUL('*'), DIV('/');

        private final char symbol;

        Op(char symbol) {
            this.symbol = symbol;
        }

        int apply(int a, int b) {
            switch (this) {
                case ADD: return a + b;
                case SUB: return a - b;
                case MUL: return a * b;
                default: return a / b;
            }
        }

        char symbol() {
            return symbol;
        }
    }

    enum Level { LOW, MEDIUM, HIGH }

    static Level level = Level.MEDIUM;

    public static void main(String[] args) {
        for (Op op : Op.values()) {
            System.out.println(12 + " " + op.symbol() + " " + 4 + " = " + op.apply(12, 4) + " (" + op + ")");
        }
        Op[] ops = Op.values();
        ops[0] = Op.DIV;
        System.out.println(Op.values()[0] + " " + ops[0] + " " + ops.length);
        System.out.println(level + " " + (level == Level.MEDIUM) + " " + level.equals(Level.HIGH));
        System.out.println(Level.HIGH.compareTo(Level.LOW) + " " + Level.LOW.compareTo(Level.HIGH));
        Level none = null;
        System.out.println("none: " + none);
        int count = 0;
        for (Level l : Level.values()) {
            if (l.ordinal() >= Level.MEDIUM.ordinal()) {
                count++;
            }
        }
        System.out.println(count);
        try {
            Op.DIV.apply(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("caught " + e.getMessage());
        }
        System.out.println(Level.valueOf("LOW").name());
    }
}
// expect: 12 + 4 = 16 (ADD)
// expect: 12 - 4 = 8 (SUB)
// expect: 12 * 4 = 48 (MUL)
// expect: 12 / 4 = 3 (DIV)
// expect: ADD DIV 4
// expect: MEDIUM true false
// expect: 2 -2
// expect: none: null
// expect: 2
// expect: caught / by zero
// expect: LOW
