public class Main {
    public static void main(String[] args) {
        int x;
        int y = args.length > 0 ? (x = 1) : 2;
        System.out.println(x);
    }
}
// error: 5:28: variable x might not have been initialized
