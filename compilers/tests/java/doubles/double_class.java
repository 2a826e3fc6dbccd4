public class Main {
    public static void main(String[] args) {
        Double a = 1.5;
        Double b = 1.5;
        double c = a + b;
        System.out.println(c);
        System.out.println(a.equals(b));
        System.out.println(a.hashCode() + " " + Double.hashCode(0.1) + " " + Double.hashCode(-0.0));
        System.out.println(Double.doubleToLongBits(1.0));
        System.out.println(Double.longBitsToDouble(4614253070214989087L));
        System.out.println(a.compareTo(2.0) + " " + Double.compare(3, 2.5));
        Double nan = Double.NaN;
        System.out.println(nan.equals(Double.NaN) + " " + nan.isNaN());
        System.out.println(Double.valueOf(0.0).equals(-0.0));
        System.out.println(a.intValue() + " " + a.longValue() + " " + a.doubleValue());
        System.out.println(Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Double.NaN);
        System.out.println(Double.POSITIVE_INFINITY + " " + Double.NEGATIVE_INFINITY);
        System.out.println(Double.sum(0.1, 0.2) + " " + Double.max(1, 2) + " " + Double.min(-0.0, 0.0));
        Double n = null;
        try {
            double x = n;
            System.out.println(x);
        } catch (NullPointerException e) {
            System.out.println("unboxing null");
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 3.0
// expect: true
// expect: 1073217536 -1507852285 -2147483648
// expect: 4607182418800017408
// expect: 3.14
// expect: -1 1
// expect: true true
// expect: false
// expect: 1 1 1.5
// expect: 1.7976931348623157E308 4.9E-324 NaN
// expect: Infinity -Infinity
// expect: 0.30000000000000004 2.0 -0.0
// expect: unboxing null
