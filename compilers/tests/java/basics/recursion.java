public class Main {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    public static void main(String[] args) {
        System.out.println(fib(15));
        System.out.println(fact(20));
        System.out.println(gcd(1071, 462));
        System.out.println(ackermann(2, 3));
    }
}
// expect: 610
// expect: 2432902008176640000
// expect: 21
// expect: 9
