public class Main {
    public static void main(String[] args) {
        int a = 0b1100, b = 0b1010;
        System.out.println(a & b);
        System.out.println(a | b);
        System.out.println(a ^ b);
        System.out.println(~a);
        System.out.println(-1 & 0xFF);
        System.out.println(0xFFFFFFFF);
        System.out.println(-8 >> 1);
        System.out.println(-8 >>> 1);
        System.out.println(-8 >>> 28);
        System.out.println(1 << 31);
        System.out.println(1 << 32);
        System.out.println(1 << 33);
        System.out.println(1L << 63);
        System.out.println(-1L >>> 1);
        System.out.println(-1L >>> 60);
        int x = 5;
        x <<= 3;
        x |= 1;
        x ^= 0xF;
        x >>= 1;
        System.out.println(x);
        System.out.println(0x7FFFFFFF + 0x7FFFFFFF);
    }
}
// expect: 8
// expect: 14
// expect: 6
// expect: -13
// expect: 255
// expect: -1
// expect: -4
// expect: 2147483644
// expect: 15
// expect: -2147483648
// expect: 1
// expect: 2
// expect: -9223372036854775808
// expect: 9223372036854775807
// expect: 15
// expect: 19
// expect: -2
