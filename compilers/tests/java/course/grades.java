// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;
import java.util.stream.Collectors;

public class Main {
    static class Student {
        private final String name;
        private final List<Integer> scores = new ArrayList<>();

        Student(String name, int... scores) {
            this.name = name;
            for (int s : scores) {
                this.scores.add(s);
            }
        }

        String getName() {
            return name;
        }

        double average() {
            if (scores.isEmpty()) {
                return 0.0;
            }
            int sum = 0;
            for (int s : scores) {
                sum += s;
            }
            return (double) sum / scores.size();
        }

        int best() {
            return Collections.max(scores);
        }

        char letter() {
            double avg = average();
            if (avg >= 90) return 'A';
            else if (avg >= 80) return 'B';
            else if (avg >= 70) return 'C';
            else if (avg >= 60) return 'D';
            return 'F';
        }
    }

    public static void main(String[] args) {
        List<Student> students = new ArrayList<>();
        students.add(new Student("Ada", 95, 88, 92));
        students.add(new Student("Charles", 72, 65, 80, 78));
        students.add(new Student("Mary", 88, 91));
        students.add(new Student("Alan", 55, 62, 48));
        students.add(new Student("Grace", 99, 100, 97));
        students.add(new Student("Zed"));

        Collections.sort(students, (a, b) -> Double.compare(b.average(), a.average()));
        System.out.println(String.format("%-8s|%7s|%5s|%s", "Name", "Avg", "Best", "Grade"));
        System.out.println("-".repeat(28));
        for (Student s : students) {
            if (s.scores.isEmpty()) {
                System.out.printf("%-8s|%7s|%5s|%s%n", s.getName(), "n/a", "-", s.letter());
                continue;
            }
            System.out.printf("%-8s|%7.2f|%5d|%c%n", s.getName(), s.average(), s.best(), s.letter());
        }

        Map<Character, List<String>> byGrade = new TreeMap<>();
        for (Student s : students) {
            byGrade.computeIfAbsent(s.letter(), k -> new ArrayList<>()).add(s.getName());
        }
        System.out.println(byGrade);

        Map<String, Double> averages = new HashMap<>();
        for (Student s : students) {
            averages.put(s.getName(), s.average());
        }
        List<Map.Entry<String, Double>> entries = new ArrayList<>(averages.entrySet());
        entries.sort(Map.Entry.comparingByKey());
        for (Map.Entry<String, Double> e : entries) {
            System.out.print(e.getKey() + ":" + String.format("%.1f", e.getValue()) + " ");
        }
        System.out.println();

        Map<Character, Long> counts = new TreeMap<>(students.stream()
            .collect(Collectors.groupingBy(Student::letter, Collectors.counting())));
        System.out.println(counts);
        String honours = students.stream()
            .filter(s -> s.average() >= 85)
            .map(Student::getName)
            .sorted()
            .collect(Collectors.joining(", ", "Honours: ", "."));
        System.out.println(honours);
        OptionalDouble classAvg = students.stream().filter(s -> !s.scores.isEmpty()).mapToDouble(Student::average).average();
        System.out.printf("Class average: %.3f%n", classAvg.getAsDouble());
        List<String> names = new ArrayList<>();
        for (Student s : students) names.add(s.getName());
        names.sort(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println(names);
        Collections.reverse(names);
        System.out.println(names + " " + names.indexOf("Mary") + " " + names.contains("Bob"));
        Iterator<String> it = names.iterator();
        while (it.hasNext()) {
            if (it.next().startsWith("A")) {
                it.remove();
            }
        }
        System.out.println(names);
    }
}
// expect: Name    |    Avg| Best|Grade
// expect: ----------------------------
// expect: Grace   |  98.67|  100|A
// expect: Ada     |  91.67|   95|A
// expect: Mary    |  89.50|   91|B
// expect: Charles |  73.75|   80|C
// expect: Alan    |  55.00|   62|F
// expect: Zed     |    n/a|    -|F
// expect: {A=[Grace, Ada], B=[Mary], C=[Charles], F=[Alan, Zed]}
// expect: Ada:91.7 Alan:55.0 Charles:73.8 Grace:98.7 Mary:89.5 Zed:0.0 
// expect: {A=2, B=1, C=1, F=2}
// expect: Honours: Ada, Grace, Mary.
// expect: Class average: 81.717
// expect: [Zed, Ada, Mary, Alan, Grace, Charles]
// expect: [Charles, Grace, Alan, Mary, Ada, Zed] 3 false
// expect: [Charles, Grace, Mary, Zed]
