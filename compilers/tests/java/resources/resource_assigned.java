public class Main {
    static class R implements AutoCloseable {
        public void close() { }
    }
    public static void main(String[] args) {
        try (R r = new R()) {
            r = null;
        }
    }
}
// error: 7:13: auto-closeable resource r may not be assigned
