import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner("12.5 7 3.25 19 8.5 10");
        List<Double> values = new ArrayList<>();
        while (in.hasNext()) {
            values.add(Double.parseDouble(in.next()));
        }
        double sum = 0;
        for (double v : values) sum += v;
        double mean = sum / values.size();
        double var = 0;
        for (double v : values) var += Math.pow(v - mean, 2);
        var /= values.size();
        Collections.sort(values);
        System.out.println("Sorted: " + values);
        System.out.println("Mean: " + mean);
        System.out.println("Variance: " + var);
        System.out.println("Std dev: " + Math.sqrt(var));
        double median = (values.get(2) + values.get(3)) / 2;
        System.out.println("Median: " + median);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Sorted: [3.25, 7.0, 8.5, 10.0, 12.5, 19.0]
// expect: Mean: 10.041666666666666
// expect: Variance: 24.008680555555557
// expect: Std dev: 4.899865360962029
// expect: Median: 9.25
