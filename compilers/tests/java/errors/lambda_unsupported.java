public class Main {
    interface F { int apply(int x); }

    public static void main(String[] args) {
        F f = x -> x + 1;
    }
}
// error: 5:17: lambda expressions are not supported in this Java subset
