public class Main {
    static class Res implements AutoCloseable {
        private final String name;
        private final boolean fail;
        Res(String name, boolean fail) { this.name = name; this.fail = fail; System.out.println("open " + name); }
        public void close() throws Exception {
            System.out.println("close " + name);
            if (fail) throw new IllegalStateException("close failed: " + name);
        }
    }
    public static void main(String[] args) throws Exception {
        try (Res a = new Res("a", true); Res b = new Res("b", true)) {
            throw new RuntimeException("body");
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
            for (Throwable s : e.getSuppressed()) System.out.println("suppressed " + s);
            System.out.println(e.getSuppressed().length);
        }
        Exception x = new Exception("main");
        x.addSuppressed(new RuntimeException("extra"));
        System.out.println(x.getSuppressed()[0].getMessage());
        try (Res c = new Res("c", true)) {
            System.out.println("body ok");
        } catch (IllegalStateException e) {
            System.out.println("caught " + e.getMessage() + " " + e.getSuppressed().length);
        }
        try (Res d = new Res("d", true)) {
            throw new IllegalArgumentException("boom");
        }
    }
}
// expect: open a
// expect: open b
// expect: close b
// expect: close a
// expect: caught body
// expect: suppressed java.lang.IllegalStateException: close failed: b
// expect: suppressed java.lang.IllegalStateException: close failed: a
// expect: 2
// expect: extra
// expect: open c
// expect: body ok
// expect: close c
// expect: caught close failed: c 0
// expect: open d
// expect: close d
// expect runtime error: trap 4
// expect stderr: at jdk.compiler/com.sun.tools.javac.launcher.Main.main(Main.java:132)
