public class Main {
    public static void main(String[] args) {
        int x = 10;
        x += 5; System.out.println(x);
        x -= 3; System.out.println(x);
        x *= 4; System.out.println(x);
        x /= 5; System.out.println(x);
        x %= 4; System.out.println(x);
        int y = 7;
        y += 1L << 33;
        System.out.println(y);
        long z = 5;
        z *= 1000000000000L;
        System.out.println(z);
        boolean flag = true;
        flag &= false;
        System.out.println(flag);
        flag |= true;
        System.out.println(flag);
    }
}
// expect: 15
// expect: 12
// expect: 48
// expect: 9
// expect: 1
// expect: 7
// expect: 5000000000000
// expect: false
// expect: true
