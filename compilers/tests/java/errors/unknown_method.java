public class Main {
    static int twice(int x) { return 2 * x; }

    public static void main(String[] args) {
        System.out.println(thrice(4));
    }
}
// error: 5:28: cannot find symbol
