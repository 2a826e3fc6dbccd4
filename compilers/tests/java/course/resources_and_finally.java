// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    static class Resource implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;
        static final List<String> log = new ArrayList<>();

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            log.add("open " + name);
        }

        void use(int n) {
            if (n < 0) throw new IllegalArgumentException(name + ": negative " + n);
            log.add(name + " uses " + n);
        }

        @Override
        public void close() {
            log.add("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static class ValidationException extends Exception {
        private final List<String> problems;

        ValidationException(List<String> problems) {
            super(problems.size() + " problem(s): " + String.join("; ", problems));
            this.problems = problems;
        }
    }

    static int parsePositive(String s) throws ValidationException {
        List<String> problems = new ArrayList<>();
        int v = 0;
        try {
            v = Integer.parseInt(s.trim());
            if (v <= 0) problems.add("not positive: " + v);
        } catch (NumberFormatException e) {
            problems.add("not a number: '" + s + "'");
        }
        if (!problems.isEmpty()) throw new ValidationException(problems);
        return v;
    }

    static String attempt(int n) {
        StringBuilder trace = new StringBuilder();
        try {
            trace.append("try ");
            if (n == 0) return trace.append("early-return ").toString();
            if (n < 0) throw new ArithmeticException("negative");
            trace.append("done ");
        } catch (ArithmeticException e) {
            trace.append("caught(").append(e.getMessage()).append(") ");
        } finally {
            trace.append("finally");
        }
        return trace.toString();
    }

    @SuppressWarnings("finally")
    static int finallyWins() {
        try {
            return 1;
        } finally {
            System.out.println("finally runs before the return");
        }
    }

    public static void main(String[] args) {
        try (Resource a = new Resource("A", false); Resource b = new Resource("B", false)) {
            a.use(1);
            b.use(2);
        }
        try (Resource c = new Resource("C", true)) {
            c.use(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage() + ", suppressed " + e.getSuppressed().length + ": " + e.getSuppressed()[0].getMessage());
        }
        try (Resource d = new Resource("D", true)) {
            d.use(3);
        } catch (IllegalStateException e) {
            System.out.println("close threw: " + e.getMessage());
        }
        Resource.log.forEach(System.out::println);
        for (String s : new String[] {"42", " 7 ", "-3", "abc"}) {
            try {
                System.out.println("ok " + parsePositive(s));
            } catch (ValidationException e) {
                System.out.println(e.getMessage() + " " + e.problems.size());
            }
        }
        System.out.println(attempt(1));
        System.out.println(attempt(0));
        System.out.println(attempt(-1));
        System.out.println(finallyWins());
        try {
            Object o = "text";
            Integer i = (Integer) o;
        } catch (ClassCastException e) {
            System.out.println("ClassCastException caught");
        }
        try {
            int[] arr = new int[-1];
        } catch (NegativeArraySizeException e) {
            System.out.println(e);
        }
        try {
            String s = null;
            s.length();
        } catch (NullPointerException e) {
            System.out.println("NPE caught");
        }
        try {
            throw new UnsupportedOperationException("not yet");
        } catch (IllegalStateException | UnsupportedOperationException e) {
            System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        RuntimeException chained = new RuntimeException("outer", new IllegalArgumentException("inner"));
        System.out.println(chained.getCause().getMessage() + " / " + chained);
    }
}
// expect: caught C: negative -5, suppressed 1: close failed: C
// expect: close threw: close failed: D
// expect: open A
// expect: open B
// expect: A uses 1
// expect: B uses 2
// expect: close B
// expect: close A
// expect: open C
// expect: close C
// expect: open D
// expect: D uses 3
// expect: close D
// expect: ok 42
// expect: ok 7
// expect: 1 problem(s): not positive: -3 1
// expect: 1 problem(s): not a number: 'abc' 1
// expect: try done finally
// expect: try early-return 
// expect: try caught(negative) finally
// expect: finally runs before the return
// expect: 1
// expect: ClassCastException caught
// expect: java.lang.NegativeArraySizeException: -1
// expect: NPE caught
// expect: UnsupportedOperationException: not yet
// expect: inner / java.lang.RuntimeException: outer
