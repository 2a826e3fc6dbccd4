// Math.exp and Math.log as java 17 computes them on x86_64 (HotSpot's intrinsics, not fdlibm): at these
// arguments java's result is not the correctly rounded one, and the last digit shows it.
public class Main {
    public static void main(String[] args) {
        double[] xs = {1.875337596614628, -6.775291400478956, 5.518520411452068, 3.079654372527601, 2.055602327962118};
        for (double x : xs) {
            System.out.println(x + ": " + Math.exp(x) + " " + StrictMath.exp(x));
        }
        double[] ys = {1.233130175478781, 1.0181481774939312, 0.9899255829493445, 3.9543226006541303, 0.7380187964374181};
        for (double y : ys) {
            System.out.println(y + ": " + Math.log(y) + " " + StrictMath.log(y));
        }
        // exp's subnormal results and overflow; log of a subnormal, of 0, of a negative number, of infinity
        System.out.println(Math.exp(-740.5) + " " + Math.exp(-745.1) + " " + Math.exp(-708.9) + " " + Math.exp(709.8));
        System.out.println(Math.log(Double.MIN_VALUE) + " " + Math.log(3e-310) + " " + Math.log(0.0) + " " + Math.log(-1));
        System.out.println(Math.log(Double.POSITIVE_INFINITY) + " " + Math.exp(Double.NEGATIVE_INFINITY) + " " + Math.exp(1e-20));
    }
}
// Expected: java 17's (OpenJDK, x86_64) output for this program, checked by running it.
// expect: 1.875337596614628: 6.523020898425241 6.523020898425241
// expect: -6.775291400478956: 0.001141637777679038 0.001141637777679038
// expect: 5.518520411452068: 249.26595316108893 249.26595316108893
// expect: 3.079654372527601: 21.750883394035142 21.750883394035142
// expect: 2.055602327962118: 7.811541565823067 7.811541565823067
// expect: 1.233130175478781: 0.20955579482904182 0.20955579482904185
// expect: 1.0181481774939312: 0.01798546499552916 0.01798546499552916
// expect: 0.9899255829493445: -0.010125507416848454 -0.010125507416848454
// expect: 3.9543226006541303: 1.3748093098507532 1.3748093098507534
// expect: 0.7380187964374181: -0.30378598527860917 -0.3037859852786091
// expect: 2.5E-322 4.9E-324 1.344750699263295E-308 Infinity
// expect: -744.4400719213812 -712.7027665394861 -Infinity NaN
// expect: Infinity 0.0 1.0
