import java.util.*;

public class Main {
    public static void main(String[] args) {
        List<Double> xs = new ArrayList<>();
        xs.add(3.5);
        xs.add(-1.25);
        xs.add(10.0);
        xs.add(0.1);
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        System.out.println(xs + " sum " + sum);
        Collections.sort(xs);
        System.out.println(xs);
        System.out.println(Collections.max(xs) + " " + Collections.min(xs));
        xs.sort(Comparator.reverseOrder());
        System.out.println(xs);
        System.out.println(xs.contains(10.0) + " " + xs.indexOf(0.1));
        double first = xs.get(0);
        System.out.println(first / 4);
        List<Double> half = new ArrayList<>();
        for (Double x : xs) {
            half.add(x / 2);
        }
        System.out.println(half);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: [3.5, -1.25, 10.0, 0.1] sum 12.35
// expect: [-1.25, 0.1, 3.5, 10.0]
// expect: 10.0 -1.25
// expect: [10.0, 3.5, 0.1, -1.25]
// expect: true 2
// expect: 2.5
// expect: [5.0, 1.75, 0.05, -0.625]
