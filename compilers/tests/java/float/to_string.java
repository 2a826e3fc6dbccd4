// Float.toString as java 17 prints a float: FloatingDecimal's digits, plain from 10^-3 to 10^7.
public class Main {
    public static void main(String[] args) {
        float[] xs = {1f, 10f, 1234567f, 12345678f, 1e7f, 0.001f, 0.0009999f, 123.456f, 1f / 3, 2f / 3, 1e-10f, 9.999999e22f, 33554432f, 1.0E-5f, 100f / 7};
        for (float x : xs) {
            System.out.println(x + " " + Float.toString(-x) + " " + String.valueOf(x * 3));
        }
        StringBuilder sb = new StringBuilder();
        sb.append(2.5f).append(' ').append(1e20f);
        System.out.println(sb);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.0 -1.0 3.0
// expect: 10.0 -10.0 30.0
// expect: 1234567.0 -1234567.0 3703701.0
// expect: 1.2345678E7 -1.2345678E7 3.7037032E7
// expect: 1.0E7 -1.0E7 3.0E7
// expect: 0.001 -0.001 0.003
// expect: 9.999E-4 -9.999E-4 0.0029997001
// expect: 123.456 -123.456 370.368
// expect: 0.33333334 -0.33333334 1.0
// expect: 0.6666667 -0.6666667 2.0
// expect: 1.0E-10 -1.0E-10 3.0E-10
// expect: 9.999999E22 -9.999999E22 2.9999998E23
// expect: 3.3554432E7 -3.3554432E7 1.00663296E8
// expect: 1.0E-5 -1.0E-5 3.0E-5
// expect: 14.285714 -14.285714 42.857143
// expect: 2.5 1.0E20
