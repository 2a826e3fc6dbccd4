public class Main {
    public static void main(String[] args) {
        int a = 3;
        long big = 1L << 40;
        char c = 'x';
        boolean t = a > 2;
        System.out.println("a=" + a + ", big=" + big + ", c=" + c + ", t=" + t);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println("" + 'a' + 'b');
        System.out.println('a' + 'b' + "");
        System.out.println("null: " + null);
        String s = "x";
        s += 1;
        s += 'y';
        s += true;
        System.out.println(s);
    }
}
// expect: a=3, big=1099511627776, c=x, t=true
// expect: 3345
// expect: ab
// expect: 195
// expect: null: null
// expect: x1ytrue
