public class Main {
    static int sign(int x) {
        if (x > 0) return 1;
        else if (x < 0) return -1;
    }

    public static void main(String[] args) {
        System.out.println(sign(3));
    }
}
// error: 5:5: missing return statement
