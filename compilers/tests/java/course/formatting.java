// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    public static void main(String[] args) {
        String[] items = {"Difference Engine", "Analytical Engine", "Jacquard loom", "Mill"};
        double[] prices = {17470.5, 1234567.891, 0.5, -42.125};
        int[] qty = {1, 12, 300, -7};
        System.out.println(String.format("|%-20s|%10s|%6s|%12s|", "Item", "Price", "Qty", "Total"));
        System.out.println("|" + "=".repeat(20) + "|" + "=".repeat(10) + "|" + "=".repeat(6) + "|" + "=".repeat(12) + "|");
        double grand = 0;
        for (int i = 0; i < items.length; i++) {
            double total = prices[i] * qty[i];
            grand += total;
            System.out.println(String.format("|%-20.15s|%,10.2f|%+6d|%12.3e|", items[i], prices[i], qty[i], total));
        }
        System.out.printf("Grand total: %,.2f (%08.1f) [%(.2f]%n", grand, grand / 1000, -grand);
        System.out.printf("%5s|%-5s|%5.2s|%c%c%n", "ab", "cd", "xyz", 'J', 65);
        System.out.printf("%05d %x %X %o %08X %,d %+,d%n", 42, 255, 255, 8, 0xBEEF, 1234567890, -9876543);
        System.out.printf("%b %B %s %S %10.4f %-10.1f| %e %.0f %.0f%n", true, false, null, "shout", Math.PI, Math.E, 123456.789, 2.5, 3.5);
        System.out.printf("%% done: %d%%%n", 75);
        System.out.println(String.format("[%8.3f] [%-8d] [%08.3f] [% d] [%,.3f]", -3.14159, 7, 2.5, 42, 9876.54321));
        System.out.println(String.format("%s %s %s", List.of(1, 2), Map.of("k", 1), new int[0].length));
        System.out.println(String.format("%.3g|%g|%10.2e", 0.000123456, 100000.0, 6.02e23));
        long big = 9_007_199_254_740_993L;
        System.out.printf("%d %,d %s %.1f%n", big, big, (double) big, (float) big);
        StringBuilder table = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 4; j++) {
                table.append(String.format("%4d", i * j));
            }
            table.append('\n');
        }
        System.out.print(table);
        System.out.println(String.format("%.2f", 1.005) + " " + String.format("%.1f", 0.05));
    }
}
// expect: |Item                |     Price|   Qty|       Total|
// expect: |====================|==========|======|============|
// expect: |Difference Engi     | 17,470.50|    +1|   1.747e+04|
// expect: |Analytical Engi     |1,234,567.89|   +12|   1.481e+07|
// expect: |Jacquard loom       |      0.50|  +300|   1.500e+02|
// expect: |Mill                |    -42.13|    -7|   2.949e+02|
// expect: Grand total: 14,832,730.07 (014832.7) [(14832730.07)]
// expect:    ab|cd   |   xy|JA
// expect: 00042 ff FF 10 0000BEEF 1,234,567,890 -9,876,543
// expect: true FALSE null SHOUT     3.1416 2.7       | 1.234568e+05 3 4
// expect: % done: 75%
// expect: [  -3.142] [7       ] [0002.500] [ 42] [9,876.543]
// expect: [1, 2] {k=1} 0
// expect: 0.000123|100000|  6.02e+23
// expect: 9007199254740993 9,007,199,254,740,993 9.007199254740992E15 9007199254740992.0
// expect:    1   2   3   4
// expect:    2   4   6   8
// expect:    3   6   9  12
// expect:    4   8  12  16
// expect: 1.01 0.1
