public class Main {
    public static void main(String[] args) {
        System.out.println("leaving");
        System.exit(3);
        System.out.println("not printed");
    }
}
// expect: leaving
// expect exit: 3
