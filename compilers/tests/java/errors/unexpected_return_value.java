public class Main {
    static void hello() {
        return 1;
    }

    public static void main(String[] args) {
        hello();
    }
}
// error: 3:16: incompatible types: unexpected return value
