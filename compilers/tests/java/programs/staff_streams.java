// Streams over records: grouping with downstream collectors, partitioning, sorting by several keys,
// statistics, mapping to strings, flatMap, reduce and Optional.
import java.util.*;
import java.util.stream.*;

public class Main {
    enum Dept { ENGINEERING, SALES, SUPPORT }

    record Employee(String name, Dept dept, int salary, int years, List<String> skills) {}

    public static void main(String[] args) {
        List<Employee> staff = List.of(
                new Employee("Ada", Dept.ENGINEERING, 120, 7, List.of("java", "math")),
                new Employee("Brian", Dept.SALES, 70, 2, List.of("talk")),
                new Employee("Chen", Dept.ENGINEERING, 95, 3, List.of("java", "sql")),
                new Employee("Dara", Dept.SUPPORT, 60, 5, List.of("sql", "talk")),
                new Employee("Eve", Dept.SALES, 82, 9, List.of("talk", "golf")),
                new Employee("Femi", Dept.ENGINEERING, 101, 1, List.of("haskell")),
                new Employee("Gus", Dept.SUPPORT, 58, 1, List.of()));

        Map<Dept, List<String>> names = staff.stream().collect(Collectors.groupingBy(
                Employee::dept, TreeMap::new, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println(names);
        Map<Dept, Double> avg = staff.stream().collect(Collectors.groupingBy(
                Employee::dept, TreeMap::new, Collectors.averagingInt(Employee::salary)));
        avg.forEach((d, a) -> System.out.printf("%-12s %.2f%n", d, a));
        Map<Dept, Long> counts = staff.stream().collect(Collectors.groupingBy(Employee::dept, TreeMap::new, Collectors.counting()));
        System.out.println(counts);
        Map<Boolean, List<String>> senior = staff.stream().collect(Collectors.partitioningBy(
                e -> e.years() >= 5, Collectors.mapping(Employee::name, Collectors.toList())));
        System.out.println(senior);
        List<String> ranked = staff.stream()
                .sorted(Comparator.comparing(Employee::dept).thenComparing(Employee::salary, Comparator.reverseOrder()))
                .map(e -> e.dept().name().charAt(0) + ":" + e.name())
                .collect(Collectors.toList());
        System.out.println(ranked);
        IntSummaryStatistics pay = staff.stream().mapToInt(Employee::salary).summaryStatistics();
        System.out.println(pay.getMin() + ".." + pay.getMax() + " avg " + pay.getAverage() + " total " + pay.getSum());
        Set<String> skills = staff.stream().flatMap(e -> e.skills().stream()).collect(Collectors.toCollection(TreeSet::new));
        System.out.println(skills);
        Optional<Employee> sqlNewest = staff.stream().filter(e -> e.skills().contains("sql")).min(Comparator.comparingInt(Employee::years));
        System.out.println(sqlNewest.map(Employee::name).orElse("nobody"));
        Optional<Employee> golfer = staff.stream().filter(e -> e.skills().contains("cobol")).findFirst();
        System.out.println(golfer.isPresent() + " " + golfer.map(Employee::name).orElse("nobody"));
        int raise = staff.stream().filter(e -> e.dept() == Dept.SUPPORT).map(Employee::salary).reduce(0, Integer::sum);
        System.out.println("support payroll " + raise);
        String initials = staff.stream().map(e -> e.name().substring(0, 1)).collect(Collectors.joining("", "<", ">"));
        System.out.println(initials);
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "*".repeat(i)).collect(Collectors.joining("|")));
        Map<String, Integer> bySkill = new TreeMap<>();
        staff.forEach(e -> e.skills().forEach(s -> bySkill.merge(s, e.salary(), Integer::sum)));
        System.out.println(bySkill);
        System.out.println(staff.stream().anyMatch(e -> e.salary() > 110) + " " + staff.stream().allMatch(e -> e.years() > 0)
                + " " + staff.stream().noneMatch(e -> e.name().isEmpty()));
        List<List<Employee>> pages = new ArrayList<>();
        for (int i = 0; i < staff.size(); i += 3) {
            pages.add(staff.subList(i, Math.min(i + 3, staff.size())));
        }
        System.out.println(pages.stream().map(p -> String.join(",", p.stream().map(Employee::name).toList())).toList());
        double[] top = staff.stream().mapToDouble(Employee::salary).sorted().skip(4).toArray();
        System.out.println(Arrays.toString(top) + " " + DoubleStream.of(top).average().orElse(0));
    }
}
// expect: {ENGINEERING=[Ada, Chen, Femi], SALES=[Brian, Eve], SUPPORT=[Dara, Gus]}
// expect: ENGINEERING  105.33
// expect: SALES        76.00
// expect: SUPPORT      59.00
// expect: {ENGINEERING=3, SALES=2, SUPPORT=2}
// expect: {false=[Brian, Chen, Femi, Gus], true=[Ada, Dara, Eve]}
// expect: [E:Ada, E:Femi, E:Chen, S:Eve, S:Brian, S:Dara, S:Gus]
// expect: 58..120 avg 83.71428571428571 total 586
// expect: [golf, haskell, java, math, sql, talk]
// expect: Chen
// expect: false nobody
// expect: support payroll 118
// expect: <ABCDEFG>
// expect: *|**|***|****|*****
// expect: {golf=82, haskell=101, java=215, math=120, sql=155, talk=212}
// expect: true true true
// expect: [Ada,Brian,Chen, Dara,Eve,Femi, Gus]
// expect: [95.0, 101.0, 120.0] 105.33333333333333
