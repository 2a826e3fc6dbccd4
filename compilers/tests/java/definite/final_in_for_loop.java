public class Main {
    public static void main(String[] args) {
        final int k;
        for (int i = 0; i < 3; i++) { k = i; }
    }
}
// error: 4:39: variable k might be assigned in loop
