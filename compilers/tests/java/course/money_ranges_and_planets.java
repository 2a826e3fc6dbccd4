import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class Main {
    static final class Money implements Comparable<Money> {
        private final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        @Override
        public int compareTo(Money o) {
            return Long.compare(cents, o.cents);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Money m && m.cents == cents;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(cents);
        }

        @Override
        public String toString() {
            return String.format("$%d.%02d", cents / 100, cents % 100);
        }
    }

    static class Range implements Iterable<Integer> {
        private final int lo, hi;

        Range(int lo, int hi) {
            this.lo = lo;
            this.hi = hi;
        }

        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int cur = lo;

                public boolean hasNext() {
                    return cur < hi;
                }

                public Integer next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return cur++;
                }
            };
        }
    }

    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6);

        private final double mass, radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }

        double gravity() {
            return 6.67300E-11 * mass / (radius * radius);
        }
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        List<Money> prices = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            prices.add(new Money(in.nextLong()));
        }
        in.nextLine();
        String title = in.nextLine();
        TreeSet<Money> unique = new TreeSet<>(prices);
        Set<Money> hashed = new HashSet<>(prices);
        System.out.println(title.toUpperCase() + ": " + unique + " " + hashed.size() + " " + unique.first());
        Collections.sort(prices, Collections.reverseOrder());
        System.out.println(prices);
        ListIterator<Money> li = prices.listIterator(prices.size());
        StringBuilder sb = new StringBuilder();
        while (li.hasPrevious()) {
            sb.insert(0, li.previous()).insert(0, '|');
        }
        System.out.println(sb.reverse());
        int sum = 0;
        for (int x : new Range(1, 6)) {
            sum += x * x;
        }
        System.out.println(sum);
        int[][] grid = new int[4][5];
        outer:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                grid[r][c] = r * c;
                if (r * c > 6) {
                    break outer;
                }
            }
        }
        System.out.println(Arrays.deepToString(grid));
        int big = Integer.MAX_VALUE;
        big += 1;
        char c = 'a';
        c += 2;
        System.out.println(big + " " + c + " " + (char) (c + 1) + " " + (c + 1) + " " + (long) Integer.MAX_VALUE * 2);
        for (Planet p : Planet.values()) {
            System.out.printf("%-8s %6.2f %s%n", p, p.gravity(), switch (p) {
                case MERCURY -> "hot";
                case EARTH -> "home";
            });
        }
        Optional<Money> cheapest = prices.stream().min(Comparator.naturalOrder());
        System.out.println(cheapest.map(Money::toString).orElse("none") + " " + Optional.empty().isPresent());
        Map<Boolean, List<Integer>> evens = IntStream.rangeClosed(1, 8).boxed().collect(Collectors.partitioningBy(x -> x % 2 == 0));
        System.out.println(evens);
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<List<String>> fresh = ArrayList::new;
        List<String> made = fresh.get();
        made.add("z");
        System.out.println(add.andThen(x -> x * 2).apply(3, 4) + " " + made);
    }
}
// stdin: 5
// stdin: 1999 250 1999 10005 7
// stdin: weekly prices
// expect: WEEKLY PRICES: [$0.07, $2.50, $19.99, $100.05] 4 $0.07
// expect: [$100.05, $19.99, $19.99, $2.50, $0.07]
// expect: 70.0$|05.2$|99.91$|99.91$|50.001$|
// expect: 55
// expect: [[0, 0, 0, 0, 0], [0, 1, 2, 3, 4], [0, 2, 4, 6, 8], [0, 0, 0, 0, 0]]
// expect: -2147483648 c d 100 4294967294
// expect: MERCURY    3.70 hot
// expect: EARTH      9.80 home
// expect: $0.07 false
// expect: {false=[1, 3, 5, 7], true=[2, 4, 6, 8]}
// expect: 14 [z]
