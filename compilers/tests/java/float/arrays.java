// float arrays: zero-filled, Arrays.toString, and a running mean in float.
import java.util.Arrays;

public class Main {
    public static void main(String[] args) {
        float[] xs = new float[4];
        System.out.println(xs[0] + " " + xs.length);
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i / 3f;
        }
        float mean = 0;
        for (float x : xs) {
            mean += x / xs.length;
        }
        System.out.println(mean);
        float[][] grid = {{1.5f, 2f}, {0.1f, 1e-3f}};
        System.out.println(grid[1][0] * grid[0][0]);
        System.out.println(xs[3] + xs[1]);
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 0.0 4
// expect: 0.5
// expect: 0.15
// expect: 1.3333334
