// Math.asin and acos are fdlibm's in java 17: each branch of the algorithm (|x| < 0.5, up to 0.975,
// beyond, exactly 1, outside [-1, 1]) is met.
public class Main {
    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1e-20, 0.25, -0.3, 0.5, 0.7, -0.9, 0.98, -0.999, 1.0, -1.0, 1.5, Double.NaN};
        for (double x : xs) {
            System.out.println("asin(" + x + ") = " + Math.asin(x) + ", acos(" + x + ") = " + Math.acos(x));
        }
        System.out.println(Math.toDegrees(Math.asin(0.5)));
        System.out.println(2 * Math.acos(0));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: asin(0.0) = 0.0, acos(0.0) = 1.5707963267948966
// expect: asin(-0.0) = -0.0, acos(-0.0) = 1.5707963267948966
// expect: asin(1.0E-20) = 1.0E-20, acos(1.0E-20) = 1.5707963267948966
// expect: asin(0.25) = 0.25268025514207865, acos(0.25) = 1.318116071652818
// expect: asin(-0.3) = -0.3046926540153975, acos(-0.3) = 1.8754889808102941
// expect: asin(0.5) = 0.5235987755982989, acos(0.5) = 1.0471975511965979
// expect: asin(0.7) = 0.775397496610753, acos(0.7) = 0.7953988301841436
// expect: asin(-0.9) = -1.1197695149986342, acos(-0.9) = 2.6905658417935308
// expect: asin(0.98) = 1.3704614844717768, acos(0.98) = 0.20033484232311968
// expect: asin(-0.999) = -1.526071239626163, acos(-0.999) = 3.09686756642106
// expect: asin(1.0) = 1.5707963267948966, acos(1.0) = 0.0
// expect: asin(-1.0) = -1.5707963267948966, acos(-1.0) = 3.141592653589793
// expect: asin(1.5) = NaN, acos(1.5) = NaN
// expect: asin(NaN) = NaN, acos(NaN) = NaN
// expect: 30.000000000000004
// expect: 3.141592653589793
