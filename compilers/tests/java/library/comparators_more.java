import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class Main {
    record Part(String name, double weight, long serial, int grade) {}

    public static void main(String[] args) {
        List<Part> parts = new ArrayList<>();
        parts.add(new Part("gear", 2.5, 30000000000L, 2));
        parts.add(new Part("axle", 1.25, 10L, 1));
        parts.add(new Part("cam", 2.5, 20L, 1));
        parts.add(new Part("lever", -0.0, 5L, 2));
        parts.add(new Part("pin", 0.0, 7L, 1));
        parts.sort(Comparator.comparingDouble(Part::weight));
        parts.forEach(p -> System.out.print(p.name() + " "));
        System.out.println();
        parts.sort(Comparator.comparingLong(Part::serial).reversed());
        parts.forEach(p -> System.out.print(p.name() + " "));
        System.out.println();
        parts.sort(Comparator.comparingInt(Part::grade).thenComparingDouble(Part::weight));
        parts.forEach(p -> System.out.print(p.name() + " "));
        System.out.println();
        parts.sort(Comparator.comparing(Part::name).thenComparingInt(Part::grade));
        parts.sort(Comparator.comparingDouble(Part::weight).thenComparingLong(Part::serial));
        parts.forEach(p -> System.out.print(p.name() + " "));
        System.out.println();
        parts.sort(Comparator.comparingDouble((Part p) -> p.weight() * p.grade()).thenComparing(Part::name));
        System.out.println(parts.get(0).name() + " " + parts.get(parts.size() - 1).name());
    }
}
// expect: lever pin axle gear cam 
// expect: gear cam axle pin lever 
// expect: pin axle cam lever gear 
// expect: lever pin axle cam gear 
// expect: lever gear
