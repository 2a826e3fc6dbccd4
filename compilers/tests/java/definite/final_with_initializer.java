public class Main {
    public static void main(String[] args) {
        final int x = 1;
        x = 2;
    }
}
// error: 4:9: cannot assign a value to final variable x
