public class Main {
    public static void main(String[] args) {
        boolean b = true;
        int n = b + 1;
    }
}
// error: 4:19: bad operand types for binary operator '+'
