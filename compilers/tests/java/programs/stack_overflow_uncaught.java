// Expected output: java 17's (java stack_overflow_uncaught.java).
public class Main {
    static int f(int n) { return f(n + 1) * 2; }
    public static void main(String[] args) {
        System.out.println("start");
        f(0);
    }
}

// expect: start
// expect runtime error: trap 4
// expect stderr: at Main.f(stack_overflow_uncaught.java:3)
// expect exit: 1
// store: 60000
