public class Main {
    public static void main(String[] args) {
        int w;
        boolean b = args.length == 0;
        if (b || (w = 5) > 0) System.out.println(w);
    }
}
// error: 5:50: variable w might not have been initialized
