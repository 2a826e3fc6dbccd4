public class Main {
    static int twice(int x) {
        return x * 2;
        System.out.println("never");
    }
    static int sign(int x) {
        return x;
        if (x < 0) { }
    }
    static void spin() {
        while (true) {
            if (Math.abs(-1) > 0) continue;
        }
        System.out.println("after");
    }
    static void none(int n) {
        for (int i = 0; false; i++) { n++; }
        switch (n) {
            case 1: return;
            n--;
            case 2: n++;
        }
        outer:
        while (n > 0) {
            while (true) { break outer; }
        }
        try {
            throw new IllegalStateException();
        } finally {
            n = 0;
        }
        n = 1;
    }
    public static void main(String[] args) {
        Runnable r = () -> { return; int late = 1; };
        System.out.println(twice(2));
    }
    // A condition that is a constant expression (JLS 15.29) is as `true` or `false` written.
    static final boolean DEBUG = false;
    static int ticks() {
        final boolean on = true;
        while (on) { return 1; }
    }
    static int more() { while (1 < 2) { return 2; } }
    static void quiet() {
        while (DEBUG) { System.out.println("x"); }
        do { } while ("a" == "a");
        System.out.println("after");
    }
}
// error: 4:9: unreachable statement
// error: 8:9: unreachable statement
// error: 9:5: missing return statement
// error: 14:9: unreachable statement
// error: 17:37: unreachable statement
// error: 20:13: unreachable statement
// error: 32:9: unreachable statement
// error: 35:42: unreachable statement
// error: 46:23: unreachable statement
// error: 48:9: unreachable statement
