// cosh^2 - sinh^2 with java's fdlibm cosh and sinh: the rounding errors java shows.
public class Main {
    public static void main(String[] args) {
        for (double x = 0.25; x < 4; x += 0.75) {
            double c = Math.cosh(x), s = Math.sinh(x);
            System.out.println(x + " " + (c * c - s * s) + " " + Math.tanh(x) + " " + (s / c));
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.25 1.0 0.24491866240370913 0.24491866240370913
// expect: 1.0 1.0000000000000007 0.7615941559557649 0.7615941559557647
// expect: 1.75 1.0000000000000027 0.9413755384972874 0.9413755384972873
// expect: 2.5 0.9999999999999929 0.9866142981514303 0.9866142981514304
// expect: 3.25 1.0 0.996997635486526 0.9969976354865261
