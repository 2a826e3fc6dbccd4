import java.util.*;

public class Main {
    public static void main(String[] args) {
        Random rng = new Random(42);
        for (int i = 0; i < 5; i++) {
            System.out.println(rng.nextInt(100) + " " + rng.nextDouble() + " " + rng.nextBoolean());
        }
        System.out.println(rng.nextInt() + " " + rng.nextLong() + " " + rng.nextInt(16) + " " + rng.nextInt(1000000007));
        Random dice = new Random(2024);
        int[] counts = new int[6];
        for (int i = 0; i < 600; i++) {
            counts[dice.nextInt(6)]++;
        }
        System.out.println(Arrays.toString(counts));
        double sum = 0;
        Random r = new Random(-7L);
        for (int i = 0; i < 1000; i++) {
            sum += r.nextDouble();
        }
        System.out.printf("mean %.4f%n", sum / 1000);
        int inside = 0;
        Random mc = new Random(1);
        for (int i = 0; i < 2000; i++) {
            double x = mc.nextDouble(), y = mc.nextDouble();
            if (x * x + y * y <= 1) {
                inside++;
            }
        }
        System.out.println("pi ~ " + 4.0 * inside / 2000);
        try {
            rng.nextInt(0);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it (a seeded Random gives the same numbers in every run).
// expect: 30 0.05466526274716077 false
// expect: 70 0.9420735430282128 true
// expect: 19 0.09132461105841794 false
// expect: 76 0.3816430907807956 true
// expect: 56 0.762090173108902 true
// expect: -346484495 2803135004886818645 7 610411236
// expect: [107, 106, 112, 91, 85, 99]
// expect: mean 0.4915
// expect: pi ~ 3.104
// expect: bound must be positive
// max-steps: 40000000
