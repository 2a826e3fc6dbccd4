public class Main {
    static int f(int x) {
        try {
            System.out.println("try " + x);
            if (x == 0) return 10 / x;
            if (x == 1) return 1;
            System.out.println("after");
        } catch (ArithmeticException e) {
            System.out.println("catch");
            return -1;
        } finally {
            System.out.println("finally " + x);
        }
        return 2;
    }

    public static void main(String[] args) {
        System.out.println(f(0));
        System.out.println(f(1));
        System.out.println(f(2));
    }
}
// expect: try 0
// expect: catch
// expect: finally 0
// expect: -1
// expect: try 1
// expect: finally 1
// expect: 1
// expect: try 2
// expect: after
// expect: finally 2
// expect: 2
