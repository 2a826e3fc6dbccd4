public class Main {
    public static void main(String[] args) {
        int y;
        while (args.length > 5) { y = 3; break; }
        System.out.println(y);
    }
}
// error: 5:28: variable y might not have been initialized
