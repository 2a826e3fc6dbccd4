public class Main {
    public static void main(String[] args) {
        int x;
        while (args.length == 0) { if (args.length == 1) continue; x = 1; System.out.println(x); }
        int y;
        do { if (args.length == 1) continue; y = 1; } while (y < 0);
    }
}
// error: 6:62: variable y might not have been initialized
