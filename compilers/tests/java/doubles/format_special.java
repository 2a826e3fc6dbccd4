public class Main {
    public static void main(String[] args) {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        System.out.println(String.format("%.2f|%.2f|%.2f", nan, inf, -inf));
        System.out.println(String.format("[%8.2f][%-8.2f]", inf, nan));
        System.out.println(String.format("%e %E", nan, -inf));
        System.out.println(String.format("%.1f", -0.0));
        System.out.println(String.format("%.1f", -0.04));
        System.out.println(String.format("%+.2f", inf));
        Double boxed = 2.5;
        System.out.println(String.format("%.3f", boxed));
        System.out.println(String.format("%s %s", nan, -0.0));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: NaN|Infinity|-Infinity
// expect: [Infinity][NaN     ]
// expect: NaN -INFINITY
// expect: -0.0
// expect: -0.0
// expect: +Infinity
// expect: 2.500
// expect: NaN -0.0
