// Binary numeric promotion: float with int or long is float, with double is double.
public class Main {
    public static void main(String[] args) {
        float f = 1.1f;
        int i = 3;
        long l = 10_000_000_000L;
        double d = 1.1;
        System.out.println(f * i);
        System.out.println(f + l);
        System.out.println(f * d);
        System.out.println(f == d);
        System.out.println(f == 1.1f);
        System.out.println('a' + 0.5f);
        System.out.println(i / 2 + f);
        var v = f + i;
        System.out.println(v / 7);
        System.out.println(f > i ? f : i);
        System.out.println(true ? 1 : 2.5f);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3.3000002
// expect: 1.0E10
// expect: 1.2100000262260437
// expect: false
// expect: true
// expect: 97.5
// expect: 2.1
// expect: 0.5857143
// expect: 3.0
// expect: 1.0
