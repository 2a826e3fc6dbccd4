public class Main {
    public static void main(String[] args) {
        int count = 0;
        Runnable r = new Runnable() {
            public void run() {
                count++;
            }
        };
        r.run();
    }
}
// error: 6:17: local variables referenced from an inner class must be final or effectively final
