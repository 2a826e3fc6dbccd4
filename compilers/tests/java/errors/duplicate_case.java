public class Main {
    public static void main(String[] args) {
        int k = 2;
        switch (k) {
            case 1: System.out.println("one"); break;
            case 1: System.out.println("uno"); break;
        }
    }
}
// error: 6:13: duplicate case label
