public class Main {
    public static void main(String[] args) {
        again:
        for (int i = 0; i < 3; i++) {
            again:
            for (int j = 0; j < 3; j++) { }
        }
    }
}
// error: 5:13: label again already in use
