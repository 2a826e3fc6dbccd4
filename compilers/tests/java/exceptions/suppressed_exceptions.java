import java.util.*;

public class Main {
    static class AppException extends Exception {
        final int code;
        AppException(String m, int code) { super(m); this.code = code; }
        @Override public String toString() { return "AppException[" + code + "]: " + getMessage(); }
    }
    static class Conn implements AutoCloseable {
        final String id;
        Conn(String id) { this.id = id; }
        void send(String s) throws AppException {
            if (s.isEmpty()) throw new AppException("empty message on " + id, 7);
            System.out.println(id + " <- " + s);
        }
        @Override public void close() throws AppException {
            System.out.println("closing " + id);
            throw new AppException("close " + id, 9);
        }
    }
    static int divide(int a, int b) { return a / b; }
    static void work() throws AppException {
        try (Conn a = new Conn("A"); Conn b = new Conn("B")) {
            a.send("hi");
            b.send("");
        }
    }
    public static void main(String[] args) {
        try {
            work();
        } catch (AppException e) {
            System.out.println("caught " + e + " code " + e.code);
            Throwable[] sup = e.getSuppressed();
            System.out.println(sup.length);
            for (Throwable t : sup) System.out.println("  " + t + " " + ((AppException) t).code);
        }
        try {
            divide(1, 0);
        } catch (ArithmeticException e) {
            e.addSuppressed(new IllegalStateException("later"));
            e.addSuppressed(new RuntimeException());
            System.out.println(e + " " + Arrays.toString(e.getSuppressed()));
            try {
                e.addSuppressed(e);
            } catch (IllegalArgumentException bad) {
                System.out.println(bad.getMessage());
            }
            try {
                e.addSuppressed(null);
            } catch (NullPointerException bad) {
                System.out.println(bad.getMessage());
            }
        }
        Exception copy = new Exception("x");
        copy.getSuppressed()[0] = null;
    }
}
// expect: A <- hi
// expect: closing B
// expect: closing A
// expect: caught AppException[7]: empty message on B code 7
// expect: 2
// expect:   AppException[9]: close B 9
// expect:   AppException[9]: close A 9
// expect: java.lang.ArithmeticException: / by zero [java.lang.IllegalStateException: later, java.lang.RuntimeException]
// expect: Self-suppression not permitted
// expect: Cannot suppress a null exception.
// expect runtime error: trap 4
// expect stderr: at Main.main(suppressed_exceptions.java:55)
