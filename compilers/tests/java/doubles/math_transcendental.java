public class Main {
    public static void main(String[] args) {
        System.out.println(Math.exp(1));
        System.out.println(Math.exp(0.5));
        System.out.println(Math.log(10));
        System.out.println(Math.log(Math.E));
        System.out.println(Math.log10(1000));
        System.out.println(Math.log10(2));
        System.out.println(Math.log(0) + " " + Math.log(-1));
        System.out.println(Math.sin(0) + " " + Math.sin(Math.PI / 6));
        System.out.println(Math.cos(0) + " " + Math.cos(Math.PI));
        System.out.println(Math.tan(Math.PI / 4));
        System.out.println(Math.atan(1) * 4);
        System.out.println(Math.atan2(1, 1));
        System.out.println(Math.atan2(-1, -1));
        System.out.println(Math.asin(1) + " " + Math.acos(0.5));
        System.out.println(Math.exp(-2.5) + " " + Math.log(0.001));
        for (int deg = 0; deg <= 90; deg += 30) {
            double r = Math.toRadians(deg);
            System.out.printf("%3d %.6f %.6f%n", deg, Math.sin(r), Math.cos(r));
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 2.718281828459045
// expect: 1.6487212707001282
// expect: 2.302585092994046
// expect: 1.0
// expect: 3.0
// expect: 0.3010299956639812
// expect: -Infinity NaN
// expect: 0.0 0.49999999999999994
// expect: 1.0 -1.0
// expect: 0.9999999999999999
// expect: 3.141592653589793
// expect: 0.7853981633974483
// expect: -2.356194490192345
// expect: 1.5707963267948966 1.0471975511965979
// expect: 0.0820849986238988 -6.907755278982137
// expect:   0 0.000000 1.000000
// expect:  30 0.500000 0.866025
// expect:  60 0.866025 0.500000
// expect:  90 1.000000 0.000000
