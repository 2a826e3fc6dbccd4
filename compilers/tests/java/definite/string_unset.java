public class Main {
    static int f(int n) {
        int r;
        if (n > 0) { r = 1; } else { throw new RuntimeException(); }
        return r;
    }
    public static void main(String[] args) {
        String s;
        System.out.println(s + f(1));
    }
}
// error: 9:28: variable s might not have been initialized
