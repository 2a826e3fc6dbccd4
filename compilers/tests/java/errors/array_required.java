public class Main {
    public static void main(String[] args) {
        int n = 5;
        System.out.println(n[0]);
    }
}
// error: 4:29: array required, but int found
