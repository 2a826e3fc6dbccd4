public class Main {
    public static void main(String[] args) {
        double d = 10;
        d += 2.5;
        System.out.println(d);
        d -= 0.5;
        System.out.println(d);
        d *= 3;
        System.out.println(d);
        d /= 4;
        System.out.println(d);
        d %= 4;
        System.out.println(d);
        int i = 10;
        i += 2.7;
        System.out.println(i);
        i *= 1.5;
        System.out.println(i);
        i /= 0.3;
        System.out.println(i);
        long l = 5;
        l -= 0.5;
        System.out.println(l);
        char c = 'A';
        c += 1.9;
        System.out.println(c);
        double[] xs = {1.0, 2.0};
        xs[1] += xs[0] / 3;
        System.out.println(xs[1]);
        String s = "v=";
        s += 0.5;
        System.out.println(s);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 12.5
// expect: 12.0
// expect: 36.0
// expect: 9.0
// expect: 1.0
// expect: 12
// expect: 18
// expect: 60
// expect: 4
// expect: B
// expect: 2.3333333333333335
// expect: v=0.5
