public class Main {
    public static void main(String[] args) {
        final int k;
        k = 4;
        k = 5;
    }
}
// error: 5:9: variable k might already have been assigned
