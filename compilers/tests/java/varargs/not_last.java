public class Main {
    static void f(int... xs, int y) { }
    public static void main(String[] args) {
    }
}
// error: 2:26: varargs parameter must be the last parameter
