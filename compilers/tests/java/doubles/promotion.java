public class Main {
    static double twice(double x) {
        return 2 * x;
    }

    public static void main(String[] args) {
        int i = 7;
        long l = 9007199254740993L;
        System.out.println(i / 2);
        System.out.println(i / 2.0);
        System.out.println(i / 2 * 1.0);
        System.out.println((double) i / 2);
        double d = l;
        System.out.println(d);
        System.out.println(l + 0.0);
        System.out.println('a' + 0.5);
        System.out.println(twice(21));
        System.out.println(twice('0'));
        double e = Integer.MAX_VALUE;
        System.out.println(e + 1);
        System.out.println(Long.MAX_VALUE / 2.0);
        short s = 3;
        byte b = 4;
        System.out.println(s * 1.5 + b);
        double avg = (1 + 2 + 4) / 3;
        System.out.println(avg);
        System.out.println(1 + 2 + 0.5 + "!" + 1 + 2.0);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3
// expect: 3.5
// expect: 3.0
// expect: 3.5
// expect: 9.007199254740992E15
// expect: 9.007199254740992E15
// expect: 97.5
// expect: 42.0
// expect: 96.0
// expect: 2.147483648E9
// expect: 4.6116860184273879E18
// expect: 8.5
// expect: 2.0
// expect: 3.5!12.0
