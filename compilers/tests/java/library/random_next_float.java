import java.util.*;

// Random.nextFloat: java's next(24) / 2^24, so a seeded program draws java's floats.
public class Main {
    public static void main(String[] args) {
        Random rnd = new Random(2024);
        float sum = 0;
        for (int i = 0; i < 5; i++) {
            float f = rnd.nextFloat();
            sum += f;
            System.out.println(f);
        }
        System.out.println(sum + " " + rnd.nextInt(10) + " " + rnd.nextFloat() * 100);
        int[] buckets = new int[4];
        for (int i = 0; i < 1000; i++) {
            buckets[(int) (rnd.nextFloat() * 4)]++;
        }
        System.out.println(Arrays.toString(buckets));
    }
}
// expect: 0.6184536
// expect: 0.73590624
// expect: 0.1882981
// expect: 0.7811393
// expect: 0.9309788
// expect: 3.254776 9 9.416538
// expect: [245, 259, 252, 244]
