// StrictMath.pow is fdlibm's, with java's special cases.
public class Main {
    public static void main(String[] args) {
        System.out.println(StrictMath.pow(2, 10) + " " + StrictMath.pow(2, 0.5) + " " + StrictMath.pow(10, -3));
        System.out.println(StrictMath.pow(1.0001, 10000) + " " + StrictMath.pow(7.3, 4.1) + " " + StrictMath.pow(0.3, 17.5));
        System.out.println(StrictMath.pow(-2, 3) + " " + StrictMath.pow(-2, 0.5) + " " + StrictMath.pow(-8, -1));
        System.out.println(StrictMath.pow(0.0, -1) + " " + StrictMath.pow(-0.0, -3) + " " + StrictMath.pow(-0.0, 0.5));
        System.out.println(StrictMath.pow(1, Double.POSITIVE_INFINITY) + " " + StrictMath.pow(Double.NaN, 0) + " " + StrictMath.pow(0.5, Double.NEGATIVE_INFINITY));
        System.out.println(StrictMath.pow(10, 308.5) + " " + StrictMath.pow(2, -1074) + " " + StrictMath.pow(2, -1075) + " " + StrictMath.pow(3, -680));
        System.out.println(StrictMath.pow(1 + 1e-10, 3e9) + " " + StrictMath.pow(-1.0000001, 4e10 + 1));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1024.0 1.4142135623730951 0.001
// expect: 2.7181459268249255 3464.365671347079 7.073298035499398E-10
// expect: -8.0 NaN -0.125
// expect: Infinity -Infinity 0.0
// expect: NaN 1.0 Infinity
// expect: Infinity 4.9E-324 0.0 0.0
// expect: 1.349858841062101 -Infinity
