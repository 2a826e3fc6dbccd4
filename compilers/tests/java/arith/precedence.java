public class Main {
    public static void main(String[] args) {
        System.out.println(2 + 3 * 4);
        System.out.println((2 + 3) * 4);
        System.out.println(10 - 4 - 3);
        System.out.println(100 / 10 / 5);
        System.out.println(1 + 2 << 3);
        System.out.println(5 & 3 | 8 ^ 2);
        System.out.println(3 > 2 == true);
        System.out.println(!(1 > 2) && 3 < 4 || false);
        int a = 3;
        int b = a > 2 ? a < 5 ? 1 : 2 : 3;
        System.out.println(b);
        System.out.println(-a * -a);
        System.out.println(- -a);
    }
}
// expect: 14
// expect: 20
// expect: 3
// expect: 2
// expect: 24
// expect: 11
// expect: true
// expect: true
// expect: 1
// expect: 9
// expect: 3
