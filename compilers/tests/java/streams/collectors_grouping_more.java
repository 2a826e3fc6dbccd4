import java.util.*;
import java.util.function.BinaryOperator;
import java.util.stream.*;

public class Main {
    record Emp(String name, String dept, int age, double salary) {
    }

    public static void main(String[] args) {
        List<Emp> staff = List.of(
                new Emp("Ada", "eng", 36, 5200.5),
                new Emp("Charles", "eng", 79, 4100.25),
                new Emp("Grace", "ops", 85, 6100.0),
                new Emp("Alan", "research", 41, 3900.75),
                new Emp("Edsger", "research", 72, 4800.1),
                new Emp("Barbara", "ops", 50, 5500.3),
                new Emp("Donald", "eng", 30, 4999.99));
        Map<String, List<String>> names = staff.stream()
                .collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.mapping(Emp::name, Collectors.toList())));
        System.out.println(names);
        Map<Boolean, List<Emp>> old = staff.stream().collect(Collectors.partitioningBy(e -> e.age() > 60));
        System.out.println(old.get(true).size() + " " + old.get(false).size());
        Map<Boolean, Long> oldCount = staff.stream().collect(Collectors.partitioningBy(e -> e.age() > 100, Collectors.counting()));
        System.out.println(oldCount);
        Map<String, Double> avgAge = staff.stream().collect(Collectors.groupingBy(Emp::dept, Collectors.averagingInt(Emp::age)));
        System.out.println(avgAge);
        Map<String, Double> pay = staff.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.summingDouble(Emp::salary)));
        System.out.println(pay);
        System.out.println(staff.stream().collect(Collectors.averagingDouble(Emp::salary)));
        System.out.println(staff.stream().collect(Collectors.summingLong(Emp::age)));
        Map<String, Optional<Emp>> oldest = staff.stream().collect(Collectors.groupingBy(Emp::dept, TreeMap::new, Collectors.maxBy(Comparator.comparingInt(Emp::age))));
        oldest.forEach((d, e) -> System.out.println(d + " " + e.get().name()));
        System.out.println(staff.stream().collect(Collectors.minBy(Comparator.comparing(Emp::name))).get());
        TreeSet<String> sorted = staff.stream().map(Emp::name).collect(Collectors.toCollection(TreeSet::new));
        System.out.println(sorted);
        int n = staff.stream().collect(Collectors.collectingAndThen(Collectors.toList(), List::size));
        System.out.println(n);
        Map<Character, Integer> lens = staff.stream().collect(Collectors.toMap(e -> e.name().charAt(0), e -> e.name().length(), Integer::sum));
        System.out.println(lens);
        TreeMap<String, String> joined = staff.stream().collect(Collectors.toMap(Emp::dept, Emp::name, (a, b) -> a + "+" + b, TreeMap::new));
        System.out.println(joined);
        Map<Integer, Long> byDecade = staff.stream().collect(Collectors.groupingBy(e -> e.age() / 10 * 10, TreeMap::new, Collectors.counting()));
        System.out.println(byDecade);
        System.out.println(Stream.of(3, 9, 2).reduce(BinaryOperator.maxBy(Comparator.naturalOrder())).get());
        List<Integer> many = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        System.out.println(many + " " + many.size());
        System.out.println(Stream.<Integer>empty().collect(Collectors.averagingInt(x -> x)));
    }
}
// expect: {eng=[Ada, Charles, Donald], ops=[Grace, Barbara], research=[Alan, Edsger]}
// expect: 3 4
// expect: {false=7, true=0}
// expect: {ops=67.5, research=56.5, eng=48.333333333333336}
// expect: {eng=14300.74, ops=11600.3, research=8700.85}
// expect: 4943.127142857143
// expect: 393
// expect: eng Charles
// expect: ops Grace
// expect: research Edsger
// expect: Emp[name=Ada, dept=eng, age=36, salary=5200.5]
// expect: [Ada, Alan, Barbara, Charles, Donald, Edsger, Grace]
// expect: 7
// expect: {A=7, B=7, C=7, D=6, E=6, G=5}
// expect: {eng=Ada+Charles+Donald, ops=Grace+Barbara, research=Alan+Edsger}
// expect: {30=2, 40=1, 50=1, 70=2, 80=1}
// expect: 9
// expect: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] 11
// expect: 0.0
