public class Main {
    public static void main(String[] args) {
        System.out.print("a");
        System.out.println();
        System.out.flush();
        System.err.flush();
        System.err.println("e");
    }
}
// expect: a
// expect stderr: e
