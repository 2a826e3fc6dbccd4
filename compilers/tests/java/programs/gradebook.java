import java.util.*;

public class Main {
    static class Student implements Comparable<Student> {
        private final String name;
        private final List<Integer> scores = new ArrayList<>();

        Student(String name) {
            this.name = name;
        }

        void addScore(int score) {
            if (score < 0 || score > 100) {
                throw new IllegalArgumentException("bad score " + score + " for " + name);
            }
            scores.add(score);
        }

        int average() {
            if (scores.isEmpty()) {
                return 0;
            }
            int sum = 0;
            for (int s : scores) {
                sum += s;
            }
            return sum / scores.size();
        }

        char letter() {
            int avg = average();
            if (avg >= 90) return 'A';
            else if (avg >= 80) return 'B';
            else if (avg >= 70) return 'C';
            else if (avg >= 60) return 'D';
            return 'F';
        }

        @Override
        public int compareTo(Student other) {
            return Integer.compare(other.average(), average());
        }

        public String getName() {
            return name;
        }
    }

    public static void main(String[] args) {
        String[] lines = {
            "alice 90 85 77",
            "bob 60 72",
            "carol 99 100 98 97",
            "dave 55",
            "erin 88 -3",
        };
        Map<String, Student> byName = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            Student s = byName.computeIfAbsent(parts[0], Student::new);
            for (int i = 1; i < parts.length; i++) {
                try {
                    s.addScore(Integer.parseInt(parts[i]));
                } catch (IllegalArgumentException e) {
                    System.out.println("skipped: " + e.getMessage());
                }
            }
        }
        List<Student> ranked = new ArrayList<>(byName.values());
        Collections.sort(ranked);
        int rank = 1;
        for (Student s : ranked) {
            System.out.printf("%d. %-6s %3d %c%n", rank++, s.getName(), s.average(), s.letter());
        }
        Map<Character, Integer> histogram = new TreeMap<>();
        for (Student s : ranked) {
            histogram.merge(s.letter(), 1, Integer::sum);
        }
        System.out.println(histogram);
    }
}
// expect: skipped: bad score -3 for erin
// expect: 1. carol   98 A
// expect: 2. erin    88 B
// expect: 3. alice   84 B
// expect: 4. bob     66 D
// expect: 5. dave    55 F
// expect: {A=1, B=2, D=1, F=1}
