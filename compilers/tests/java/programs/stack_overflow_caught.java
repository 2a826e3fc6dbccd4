// Expected output: java 17's (java stack_overflow_caught.java).
public class Main {
    static int depth = 0;
    static int down(int n) { depth++; return down(n + 1) + 1; }
    static long sum(int n) { return n == 0 ? 0 : n + sum(n - 1); }
    public static void main(String[] args) {
        System.out.println(sum(1000));
        try {
            down(0);
        } catch (StackOverflowError e) {
            System.out.println("overflow caught, deep: " + (depth > 1000) + " " + e.getMessage());
        }
        depth = 0;
        try { down(0); } catch (Error e) { System.out.println("as Error: " + e.getClass().getName()); }
        System.out.println("still running");
    }
}

// expect: 500500
// expect: overflow caught, deep: true null
// expect: as Error: java.lang.StackOverflowError
// expect: still running
// store: 60000
