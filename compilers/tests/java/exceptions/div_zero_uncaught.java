public class Main {
    static int divide(int a, int b) {
        return a / b;
    }

    public static void main(String[] args) {
        System.out.println(divide(10, 2));
        System.out.println(divide(1, 0));
        System.out.println("not reached");
    }
}
// expect: 5
// expect runtime error: trap 4
// expect stderr: at Main.main(div_zero_uncaught.java:8)
// expect exit: 1
