public class Main {
    static int depth(int n) {
        if (n == 0) throw new RuntimeException("bottom reached");
        try {
            return depth(n - 1) + 1;
        } finally {
            System.out.println("unwinding " + n);
        }
    }

    public static void main(String[] args) {
        try {
            depth(3);
        } catch (RuntimeException e) {
            System.out.println("caught " + e.getMessage());
        }
    }
}
// expect: unwinding 1
// expect: unwinding 2
// expect: unwinding 3
// expect: caught bottom reached
