public class Main {
    public static void main(String[] args) {
        byte b = (byte) 200;
        short s = (short) 70000;
        char c = (char) -1;
        System.out.println(b);
        System.out.println(s);
        System.out.println((int) c);
        byte x = 127;
        x++;
        System.out.println(x);
        short y = 10;
        y *= 10000;
        System.out.println(y);
        int big = 1 << 20;
        System.out.println((byte) big + " " + (short) (big + 5));
    }
}
// expect: -56
// expect: 4464
// expect: 65535
// expect: -128
// expect: -31072
// expect: 0 5
