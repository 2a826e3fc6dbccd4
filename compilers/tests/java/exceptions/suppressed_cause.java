// A resource whose close() fails with a cause, closed in a method below main: java prints the
// suppressed exception's frames down to main and the launcher's, then its "Caused by:" section one tab
// in, with "... 9 more" for the frames the cause has in common with the suppressed exception.
public class Main {
    static class Res implements AutoCloseable {
        public void close() {
            try {
                flush();
            } catch (IllegalStateException e) {
                throw new RuntimeException("close failed", e);
            }
        }
        void flush() {
            throw new IllegalStateException("disk full");
        }
    }
    static void work(boolean fail) {
        try (Res r = new Res()) {
            System.out.println("working");
            if (fail) throw new IllegalArgumentException("body");
        }
    }
    public static void main(String[] args) {
        try {
            work(false);
        } catch (RuntimeException e) {
            System.out.println(e.getMessage() + " <- " + e.getCause().getMessage());
        }
        work(true);
    }
}
// expect: working
// expect: close failed <- disk full
// expect: working
// expect runtime error: trap 4
// expect stderr: ... 9 more
