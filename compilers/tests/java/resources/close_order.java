import java.util.*;

public class Main {
    static class Resource implements AutoCloseable {
        private final String name;
        private final boolean failOnClose;

        Resource(String name, boolean failOnClose) {
            this.name = name;
            this.failOnClose = failOnClose;
            System.out.println("open " + name);
        }

        void use(int n) {
            if (n < 0) throw new IllegalArgumentException("negative " + n);
            System.out.println(name + " uses " + n);
        }

        @Override
        public void close() {
            System.out.println("close " + name);
            if (failOnClose) throw new IllegalStateException("close failed: " + name);
        }
    }

    static int attempt(int n) {
        try (Resource a = new Resource("a", false); Resource b = new Resource("b", false)) {
            a.use(n);
            b.use(n + 1);
            return n * 2;
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
            return -1;
        } finally {
            System.out.println("finally " + n);
        }
    }

    public static void main(String[] args) {
        System.out.println(attempt(3));
        System.out.println(attempt(-5));
        try (Resource c = new Resource("c", true)) {
            c.use(1);
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage());
        }
        try (Resource d = new Resource("d", true)) {
            d.use(-1);
        } catch (RuntimeException e) {
            System.out.println("first wins: " + e.getMessage());
        }
        Resource shared = new Resource("shared", false);
        try (shared) {
            shared.use(9);
        }
        try (Scanner sc = new Scanner(System.in)) {
            int total = 0;
            while (sc.hasNextInt()) total += sc.nextInt();
            System.out.println("sum " + total);
        }
        try (Resource e = null) {
            System.out.println("null resource is not closed");
        }
    }
}
// stdin: 1 2 3
// stdin: 4
// expect: open a
// expect: open b
// expect: a uses 3
// expect: b uses 4
// expect: close b
// expect: close a
// expect: finally 3
// expect: 6
// expect: open a
// expect: open b
// expect: close b
// expect: close a
// expect: caught negative -5
// expect: finally -5
// expect: -1
// expect: open c
// expect: c uses 1
// expect: close c
// expect: caught close failed: c
// expect: open d
// expect: close d
// expect: first wins: negative -1
// expect: open shared
// expect: shared uses 9
// expect: close shared
// expect: sum 10
// expect: null resource is not closed
