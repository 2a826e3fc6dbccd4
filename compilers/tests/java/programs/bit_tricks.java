// Expected output: java 17's (java bit_tricks.java).
public class Main {
    static String bits(int x) { return String.format("%8s", Integer.toBinaryString(x & 0xFF)).replace(' ', '0'); }
    public static void main(String[] args) {
        int a = 0b1100_1010, b = 0b1010_0110;
        System.out.println(bits(a & b) + " " + bits(a | b) + " " + bits(a ^ b) + " " + bits(~a));
        System.out.println((-16 >> 2) + " " + (-16 >>> 28) + " " + (1 << 33) + " " + (1L << 33) + " " + (5 >> 40));
        int flags = 0;
        final int READ = 1, WRITE = 2, EXEC = 4;
        flags |= READ | EXEC;
        System.out.println((flags & WRITE) != 0 ? "w" : "-");
        flags ^= EXEC;
        System.out.println(flags + " " + Integer.bitCount(0xFFFF) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfLeadingZeros(1));
        int n = 0b1011000;
        System.out.println((n & -n) + " " + (n & (n - 1)) + " " + Integer.toHexString(-1) + " " + Integer.toHexString(0xCAFE << 16));
        int x = 12345, y = 67890;
        x ^= y; y ^= x; x ^= y;
        System.out.println(x + " " + y);
        for (int mask = 0; mask < (1 << 3); mask++) {
            StringBuilder sb = new StringBuilder("{");
            for (int i = 0; i < 3; i++) if ((mask & (1 << i)) != 0) sb.append((char) ('a' + i));
            System.out.print(sb.append("} "));
        }
        System.out.println();
        long big = 0xFFFF_FFFFL;
        System.out.println(big + " " + (int) big + " " + (big >>> 4) + " " + Long.toHexString(~big));
        System.out.println(Integer.reverse(1) + " " + Integer.rotateLeft(0x80000001, 1) + " " + Integer.parseUnsignedInt("4294967295"));
        byte bb = (byte) 0xF0;
        System.out.println((bb >> 2) + " " + (bb >>> 2) + " " + ((bb & 0xFF) >>> 2));
        System.out.println(Integer.toBinaryString(-8).length() + " " + Long.bitCount(-1L));
    }
}

// expect: 10000010 11101110 01101100 00110101
// expect: -4 15 2 8589934592 0
// expect: -
// expect: 1 16 64 31
// expect: 8 80 ffffffff cafe0000
// expect: 67890 12345
// expect: {} {a} {b} {ab} {c} {ac} {bc} {abc} 
// expect: 4294967295 -1 268435455 ffffffff00000000
// expect: -2147483648 3 -1
// expect: -4 1073741820 60
// expect: 32 64
