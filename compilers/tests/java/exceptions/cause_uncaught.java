// An uncaught exception with a chain of causes: each "Caused by:" section lists the cause's frames and
// "... N more" for the frames it has in common with the trace above it (java's printEnclosedStackTrace);
// the cause rethrown by relay() keeps the frames of where it was raised.
public class Main {
    static void deep(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        deep(n - 1);
    }
    static void relay() {
        try {
            deep(2);
        } catch (IllegalStateException e) {
            System.out.println("relaying " + e.getMessage());
            throw e;
        }
    }
    static void middle() {
        try {
            relay();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("middle failed", e);
        }
    }
    static void top() {
        try {
            middle();
        } catch (IllegalArgumentException e) {
            throw (RuntimeException) new RuntimeException("top failed").initCause(e);
        }
    }
    public static void main(String[] args) {
        try {
            top();
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
            System.out.println(e.getCause().getCause());
        }
        top();
    }
}
// expect: relaying bottom
// expect: top failed <- middle failed
// expect: java.lang.IllegalStateException: bottom
// expect: relaying bottom
// expect runtime error: trap 4
// expect stderr: ... 9 more
