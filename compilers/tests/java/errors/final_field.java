public class Main {
    static final int LIMIT = 3;

    public static void main(String[] args) {
        LIMIT = 4;
    }
}
// error: 5:9: cannot assign a value to final variable LIMIT
