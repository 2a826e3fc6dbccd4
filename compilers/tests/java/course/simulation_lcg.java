// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    static long seed = 12345;

    static int nextInt(int bound) {
        seed = (seed * 1103515245L + 12345L) & 0x7fffffffL;
        return (int) (seed % bound);
    }

    static class Customer {
        final int id;
        final int arrival;
        final int service;

        Customer(int id, int arrival, int service) {
            this.id = id;
            this.arrival = arrival;
            this.service = service;
        }
    }

    public static void main(String[] args) {
        Queue<Customer> line = new LinkedList<>();
        int clock = 0, served = 0, totalWait = 0, maxWait = 0, busyUntil = 0, nextId = 1;
        int[] histogram = new int[5];
        Random rng = new Random(42);
        int[] rolls = new int[6];
        for (int i = 0; i < 600; i++) rolls[rng.nextInt(6)]++;
        System.out.println("dice " + Arrays.toString(rolls) + " " + rng.nextInt(100) + " " + rng.nextBoolean() + " " + rng.nextLong());
        System.out.printf("gaussian-free double %.6f%n", rng.nextDouble());
        for (clock = 0; clock < 120; clock++) {
            if (nextInt(10) < 3) {
                line.add(new Customer(nextId++, clock, 2 + nextInt(6)));
            }
            if (clock >= busyUntil && !line.isEmpty()) {
                Customer c = line.remove();
                int wait = clock - c.arrival;
                totalWait += wait;
                maxWait = Math.max(maxWait, wait);
                histogram[Math.min(wait / 5, 4)]++;
                busyUntil = clock + c.service;
                served++;
            }
        }
        System.out.println("arrived " + (nextId - 1) + ", served " + served + ", still waiting " + line.size());
        System.out.printf("average wait %.2f, longest %d%n", served == 0 ? 0.0 : (double) totalWait / served, maxWait);
        String[] labels = {"0-4", "5-9", "10-14", "15-19", "20+"};
        for (int i = 0; i < histogram.length; i++) {
            System.out.printf("%5s | %s%n", labels[i], "#".repeat(histogram[i]));
        }
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 10; i++) deck.add(i);
        Collections.shuffle(deck, new Random(7));
        System.out.println(deck);
    }
}
// expect: dice [115, 118, 109, 92, 74, 92] 46 true -2787421786861523797
// expect: gaussian-free double 0.511415
// expect: arrived 44, served 22, still waiting 22
// expect: average wait 25.55, longest 51
// expect:   0-4 | ##
// expect:   5-9 | ##
// expect: 10-14 | ###
// expect: 15-19 | ###
// expect:   20+ | ############
// expect: [1, 2, 10, 4, 8, 5, 9, 6, 3, 7]
