public class Main {
    static void load(int n) throws Exception {
        if (n < 0) throw new Exception("negative");
    }

    public static void main(String[] args) {
        load(1);
    }
}
// error: 7:13: unreported exception Exception; must be caught or declared to be thrown
