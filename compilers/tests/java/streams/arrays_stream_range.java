import java.util.*;
import java.util.stream.*;

// Arrays.stream of a range of an array (int[], double[] or references), with java's checks of the range.
public class Main {
    public static void main(String[] args) {
        int[] scores = {70, 85, 90, 55, 100, 65};
        System.out.println(Arrays.stream(scores, 1, 4).sum() + " " + Arrays.stream(scores, 2, 6).max().getAsInt());
        System.out.println(Arrays.stream(scores, 3, 3).count() + " " + Arrays.stream(scores, 0, 2).average().getAsDouble());
        double[] temps = {20.5, 22.0, 19.5, 25.0};
        System.out.println(Arrays.stream(temps, 1, 3).sum());
        String[] words = {"zero", "one", "two", "three", "four"};
        System.out.println(Arrays.stream(words, 1, 4).map(String::toUpperCase).collect(Collectors.joining(",")));
        int[][] ranges = {{4, 2}, {-1, 2}, {0, 7}};
        for (int[] r : ranges) {
            try {
                System.out.println(Arrays.stream(scores, r[0], r[1]).sum());
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
// expect: 230 100
// expect: 0 77.5
// expect: 41.5
// expect: ONE,TWO,THREE
// expect: origin(4) > fence(2)
// expect: Array index out of range: -1
// expect: Array index out of range: 7
