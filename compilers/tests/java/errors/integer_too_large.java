public class Main {
    public static void main(String[] args) {
        int n = 2147483648;
    }
}
// error: 3:17: integer number too large
