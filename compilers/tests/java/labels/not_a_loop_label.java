public class Main {
    public static void main(String[] args) {
        a:
        b:
        for (int i = 0; i < 3; i++) {
            if (i == 1) continue a;
        }
    }
}
// error: 6:25: not a loop label: a
