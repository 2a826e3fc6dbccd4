import java.util.*;

public class Main {
    public static void main(String[] args) {
        double[] data = {2.5, 3.7, 1.2, 9.8, 4.4, 6.1, 3.3};
        double sum = 0, min = Double.MAX_VALUE, max = -Double.MAX_VALUE;
        for (double d : data) {
            sum += d;
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double mean = sum / data.length;
        double sq = 0;
        for (double d : data) {
            sq += (d - mean) * (d - mean);
        }
        double sd = Math.sqrt(sq / (data.length - 1));
        System.out.println("sum=" + sum + " mean=" + mean);
        System.out.println("min=" + min + " max=" + max);
        System.out.printf("sd=%.4f%n", sd);
        double[] copy = Arrays.copyOf(data, data.length);
        Arrays.sort(copy);
        double median = copy[copy.length / 2];
        System.out.println("median=" + median + " " + Arrays.toString(copy));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: sum=31.000000000000004 mean=4.428571428571429
// expect: min=1.2 max=9.8
// expect: sd=2.8164
// expect: median=3.7 [1.2, 2.5, 3.3, 3.7, 4.4, 6.1, 9.8]
