// main's class fails to initialise before main runs: java's launcher (Class.forName) reports the
// ExceptionInInitializerError with its frames and the cause's below <clinit> as "... 5 more".
public class Main {
    static final int[] PRICES = parse("3,14,x,9");

    static int[] parse(String text) {
        String[] parts = text.split(",");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    public static void main(String[] args) {
        System.out.println(PRICES.length);
    }
}
// expect runtime error: trap 4
// expect stderr: ... 5 more
// expect exit: 1
