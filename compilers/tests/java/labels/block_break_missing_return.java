public class Main {
    static int f(int n) {
        found:
        {
            if (n > 0) break found;
            return 0;
        }
    }
    public static void main(String[] args) {
    }
}
// error: 8:5: missing return statement
