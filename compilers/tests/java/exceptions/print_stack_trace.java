// e.printStackTrace() in main writes the trace to standard error as java does: toString(), the frames
// (down to main and the source launcher's seven), suppressed exceptions, and each cause with
// "... N more" for the frames it has in common with the trace enclosing it.
public class Main {
    static class ConfigException extends Exception {
        ConfigException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static class Resource implements AutoCloseable {
        public void close() {
            throw new IllegalStateException("close failed");
        }
    }

    static int parsePort(String text) {
        if (text.isEmpty()) {
            throw new IllegalArgumentException("empty port");
        }
        return Integer.parseInt(text);
    }

    static int load(String text) throws ConfigException {
        try {
            return parsePort(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("bad config: [" + text + "]", e);
        }
    }

    static void use() {
        try (Resource r = new Resource()) {
            throw new UnsupportedOperationException("read only");
        }
    }

    public static void main(String[] args) {
        try {
            load("");
        } catch (ConfigException e) {
            e.printStackTrace();
            System.out.println("caught " + e.getMessage());
        }
        try {
            use();
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.out.println("suppressed " + e.getSuppressed().length);
        }
        try {
            int[] a = new int[2];
            a[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        System.out.println("done");
    }
}
// expect: caught bad config: []
// expect: suppressed 1
// expect: done
// expect stderr: at jdk.compiler/com.sun.tools.javac.launcher.Main.main(Main.java:132)
