public class Main {
    public static void main(String[] args) {
        System.out.println((int) 3.99);
        System.out.println((int) -3.99);
        System.out.println((long) 1e19);
        System.out.println((long) -1e19);
        System.out.println((int) 1e10);
        System.out.println((int) -1e10);
        System.out.println((int) Double.NaN);
        System.out.println((long) Double.NaN);
        System.out.println((int) Double.POSITIVE_INFINITY);
        System.out.println((long) Double.NEGATIVE_INFINITY);
        System.out.println((byte) 300.7);
        System.out.println((short) -40000.5);
        System.out.println((char) 65.9);
        System.out.println((int) (char) 70000.0);
        System.out.println((double) 'x');
        System.out.println((double) 123456789012L);
        double d = 2.5;
        int n = (int) (d * 10) / 3;
        System.out.println(n);
        System.out.println((int) Math.round(2.5) + (int) 0.9999999);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3
// expect: -3
// expect: 9223372036854775807
// expect: -9223372036854775808
// expect: 2147483647
// expect: -2147483648
// expect: 0
// expect: 0
// expect: 2147483647
// expect: -9223372036854775808
// expect: 44
// expect: 25536
// expect: A
// expect: 4464
// expect: 120.0
// expect: 1.23456789012E11
// expect: 8
// expect: 3
