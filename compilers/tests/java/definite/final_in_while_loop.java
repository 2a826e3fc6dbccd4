public class Main {
    public static void main(String[] args) {
        final int k;
        int i = 0;
        while (i < 3) { k = i; i++; }
    }
}
// error: 5:25: variable k might be assigned in loop
