// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        int[] values = new int[n];
        long sum = 0;
        int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            values[i] = in.nextInt();
            sum += values[i];
            min = Math.min(min, values[i]);
            max = Math.max(max, values[i]);
        }
        in.nextLine();
        System.out.printf("n=%d sum=%d min=%d max=%d mean=%.2f%n", n, sum, min, max, (double) sum / n);
        String title = in.nextLine();
        System.out.println("title: [" + title.trim() + "]");
        Map<String, Integer> inventory = new LinkedHashMap<>();
        while (in.hasNextLine()) {
            String line = in.nextLine().trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.equals("END")) {
                break;
            }
            String[] parts = line.split("\\s*,\\s*");
            try {
                int qty = Integer.parseInt(parts[1]);
                inventory.merge(parts[0].toLowerCase(), qty, Integer::sum);
            } catch (NumberFormatException e) {
                System.out.println("bad quantity in '" + line + "': " + e.getMessage());
            } catch (ArrayIndexOutOfBoundsException e) {
                System.out.println("missing field in '" + line + "'");
            }
        }
        inventory.forEach((k, v) -> System.out.println(k + " -> " + v));
        double d = in.nextDouble();
        String word = in.next();
        boolean flag = in.nextBoolean();
        long big = in.nextLong();
        System.out.println(d * 2 + " " + word + " " + !flag + " " + (big + 1));
        System.out.println(in.hasNextInt() + " " + in.hasNext());
        in.close();
    }
}
// stdin: 5
// stdin: 4 -2 17
// stdin: 9 0
// stdin:   Quarterly Stock  
// stdin: # name, quantity
// stdin: Gears, 12
// stdin: cams,3
// stdin: GEARS , 5
// stdin: levers, x7
// stdin: pins
// stdin: END
// stdin: 2.25 token true 9223372036854775806
// expect: n=5 sum=28 min=-2 max=17 mean=5.60
// expect: title: [Quarterly Stock]
// expect: bad quantity in 'levers, x7': For input string: "x7"
// expect: missing field in 'pins'
// expect: gears -> 17
// expect: cams -> 3
// expect: 4.5 token false 9223372036854775807
// expect: false false
