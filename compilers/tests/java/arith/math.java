public class Main {
    public static void main(String[] args) {
        System.out.println(Math.abs(-5));
        System.out.println(Math.abs(5L - 10L));
        System.out.println(Math.max(3, 9));
        System.out.println(Math.min(3, 9));
        System.out.println(Math.max(-1L, -2L));
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE);
    }
}
// expect: 5
// expect: 5
// expect: 9
// expect: 3
// expect: -1
// expect: 2147483647 -2147483648
// expect: 9223372036854775807
