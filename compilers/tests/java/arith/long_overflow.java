public class Main {
    public static void main(String[] args) {
        long max = Long.MAX_VALUE;
        System.out.println(max + 1);
        System.out.println(Long.MIN_VALUE);
        long x = 1;
        for (int i = 0; i < 70; i++) x *= 3;
        System.out.println(x);
        int i = 100000;
        long wide = (long) i * i;
        int narrow = i * i;
        System.out.println(wide + " " + narrow);
        System.out.println((int) 4294967297L);
        System.out.println((int) 3000000000L);
    }
}
// expect: -9223372036854775808
// expect: -9223372036854775808
// expect: 2293070008301402073
// expect: 10000000000 1410065408
// expect: 1
// expect: -1294967296
