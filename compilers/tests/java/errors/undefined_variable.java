public class Main {
    public static void main(String[] args) {
        int x = 1;
        System.out.println(y + x);
    }
}
// error: 4:28: cannot find symbol
