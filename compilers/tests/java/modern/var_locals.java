public class Main {
    static class Counter {
        int n;
        void inc() { n++; }
    }

    public static void main(String[] args) {
        var i = 40;
        var l = 1L << 33;
        var s = "text";
        var c = new Counter();
        var arr = new int[] { 3, 1, 2 };
        var sb = new StringBuilder();
        for (var x : arr) {
            sb.append(x).append(',');
            c.inc();
        }
        for (var k = 0; k < 2; k++) {
            i += k;
        }
        var ch = s.charAt(1);
        var sum = ch + 1;
        System.out.println(i + " " + l + " " + s.length() + " " + c.n + " " + sb + " " + ch + " " + sum);
        var var = 5;
        System.out.println(var * 2);
    }
}
// expect: 41 8589934592 4 3 3,1,2, e 102
// expect: 10
