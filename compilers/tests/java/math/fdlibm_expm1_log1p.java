// Math.expm1 and log1p are fdlibm's in java 17; they keep the digits of a small argument that
// exp(x) - 1 and log(1 + x) lose.
public class Main {
    public static void main(String[] args) {
        double[] xs = {1e-10, -1e-10, 1e-5, 0.3, -0.3, 0.5, 1.0, -1.0, 5.0, 30.0, -40.0, 700.0};
        for (double x : xs) {
            System.out.println(x + ": " + Math.expm1(x) + " " + Math.log1p(x) + " " + (Math.exp(x) - 1));
        }
        System.out.println(Math.log1p(-1) + " " + Math.log1p(-2) + " " + Math.expm1(-1000) + " " + Math.expm1(1000));
        System.out.println(Math.log1p(1e300) + " " + Math.expm1(Double.NEGATIVE_INFINITY));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.0E-10: 1.00000000005E-10 9.999999999500001E-11 1.000000082740371E-10
// expect: -1.0E-10: -9.999999999500001E-11 -1.00000000005E-10 -1.000000082740371E-10
// expect: 1.0E-5: 1.0000050000166668E-5 9.999950000333332E-6 1.0000050000069649E-5
// expect: 0.3: 0.3498588075760031 0.26236426446749106 0.3498588075760032
// expect: -0.3: -0.2591817793182821 -0.35667494393873234 -0.2591817793182821
// expect: 0.5: 0.6487212707001282 0.4054651081081644 0.6487212707001282
// expect: 1.0: 1.718281828459045 0.6931471805599453 1.718281828459045
// expect: -1.0: -0.6321205588285577 -Infinity -0.6321205588285577
// expect: 5.0: 147.4131591025766 1.791759469228055 147.4131591025766
// expect: 30.0: 1.0686474581523463E13 3.4339872044851463 1.0686474581523463E13
// expect: -40.0: -1.0 NaN -1.0
// expect: 700.0: 1.0142320547350045E304 6.55250788703459 1.0142320547350045E304
// expect: -Infinity NaN -1.0 Infinity
// expect: 690.7755278982137 -1.0
