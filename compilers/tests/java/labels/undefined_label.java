public class Main {
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            if (i == 1) break done;
        }
    }
}
// error: 4:25: undefined label: done
