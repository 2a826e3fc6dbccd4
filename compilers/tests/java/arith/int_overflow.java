public class Main {
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        int min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(-min);
        System.out.println(min / -1);
        System.out.println(min % -1);
        int h = 0;
        for (int i = 0; i < 20; i++) h = 31 * h + 1000003;
        System.out.println(h);
        System.out.println(Math.abs(min));
    }
}
// expect: -2147483648
// expect: 2147483647
// expect: -2
// expect: -2147483648
// expect: -2147483648
// expect: 0
// expect: 446176192
// expect: -2147483648
