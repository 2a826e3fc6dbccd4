public class Main {
    static class R implements AutoCloseable {
        public void close() throws Exception { }
    }
    public static void main(String[] args) {
        try (R r = new R()) {
            System.out.println("x");
        }
    }
}
// error: 6:16: unreported exception Exception; must be caught or declared to be thrown
