// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.io.*;
import java.util.*;

public class Main {
    record Sale(String region, String product, int units, double price) {
        double revenue() {
            return units * price;
        }
    }

    static Sale parse(String line, int lineNo) {
        String[] f = line.split(",");
        if (f.length != 4) {
            throw new IllegalArgumentException("line " + lineNo + ": expected 4 fields, got " + f.length);
        }
        return new Sale(f[0].trim(), f[1].trim(), Integer.parseInt(f[2].trim()), Double.parseDouble(f[3].trim()));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(System.in));
        String header = reader.readLine();
        System.out.println("columns: " + Arrays.toString(header.split(",")));
        List<Sale> sales = new ArrayList<>();
        String line;
        int lineNo = 1;
        int errors = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) continue;
            try {
                sales.add(parse(line, lineNo));
            } catch (NumberFormatException e) {
                errors++;
                System.out.println("line " + lineNo + ": bad number (" + e.getMessage() + ")");
            } catch (IllegalArgumentException e) {
                errors++;
                System.out.println(e.getMessage());
            }
        }
        Map<String, Double> byRegion = new TreeMap<>();
        Map<String, Integer> unitsByProduct = new HashMap<>();
        for (Sale s : sales) {
            byRegion.merge(s.region(), s.revenue(), Double::sum);
            unitsByProduct.put(s.product(), unitsByProduct.getOrDefault(s.product(), 0) + s.units());
        }
        System.out.println(sales.size() + " sales, " + errors + " errors");
        for (Map.Entry<String, Double> e : byRegion.entrySet()) {
            System.out.printf("%-6s %10.2f%n", e.getKey(), e.getValue());
        }
        List<String> products = new ArrayList<>(unitsByProduct.keySet());
        products.sort((a, b) -> unitsByProduct.get(b) - unitsByProduct.get(a) != 0 ? unitsByProduct.get(b) - unitsByProduct.get(a) : a.compareTo(b));
        for (String p : products) {
            System.out.println(p + ": " + unitsByProduct.get(p));
        }
        Sale best = Collections.max(sales, Comparator.comparingDouble(Sale::revenue));
        System.out.println("best: " + best);
        double total = 0;
        for (Sale s : sales) total += s.revenue();
        System.out.println(String.format("total %.2f average %.3f", total, total / sales.size()));
        System.out.println(byRegion.size() + " regions");
    }
}
// stdin: region,product,units,price
// stdin: north, gears, 10, 2.50
// stdin: south, cams, 3, 10.00
// stdin: north, cams, 4, 10
// stdin: east, levers, x, 1.0
// stdin: west, gears
// stdin: south, gears, 7, 2.5
// stdin:
// stdin: east, pins, 100, 0.05
// expect: columns: [region, product, units, price]
// expect: line 5: bad number (For input string: "x")
// expect: line 6: expected 4 fields, got 2
// expect: 5 sales, 2 errors
// expect: east         5.00
// expect: north       65.00
// expect: south       47.50
// expect: pins: 100
// expect: gears: 17
// expect: cams: 7
// expect: best: Sale[region=north, product=cams, units=4, price=10.0]
// expect: total 117.50 average 23.500
// expect: 3 regions
