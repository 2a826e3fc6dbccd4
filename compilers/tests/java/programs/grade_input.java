// Reading a class's marks with Scanner: a count, then "name mark mark ..." lines; bad numbers are
// reported and skipped; averages, letter grades from a switch, and the best student.
import java.util.*;

public class Main {
    record Student(String name, List<Integer> marks) {
        double average() {
            int sum = 0;
            for (int m : marks) {
                sum += m;
            }
            return marks.isEmpty() ? 0 : (double) sum / marks.size();
        }

        char letter() {
            int band = (int) average() / 10;
            return switch (band) {
                case 10, 9 -> 'A';
                case 8 -> 'B';
                case 7 -> 'C';
                case 6 -> 'D';
                default -> 'F';
            };
        }
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = Integer.parseInt(in.nextLine().trim());
        List<Student> students = new ArrayList<>();
        for (int i = 0; i < n && in.hasNextLine(); i++) {
            String line = in.nextLine();
            String[] parts = line.trim().split("\\s+");
            List<Integer> marks = new ArrayList<>();
            for (int k = 1; k < parts.length; k++) {
                try {
                    int m = Integer.parseInt(parts[k]);
                    if (m < 0 || m > 100) {
                        throw new IllegalArgumentException("mark out of range: " + m);
                    }
                    marks.add(m);
                } catch (NumberFormatException e) {
                    System.out.println("line " + (i + 2) + ": skipping " + e.getMessage());
                } catch (IllegalArgumentException e) {
                    System.out.println("line " + (i + 2) + ": " + e.getMessage());
                }
            }
            students.add(new Student(parts[0], marks));
        }
        Map<Character, List<String>> byLetter = new TreeMap<>();
        for (Student s : students) {
            System.out.printf("%-8s %5.1f %c %s%n", s.name(), s.average(), s.letter(), s.marks());
            byLetter.computeIfAbsent(s.letter(), k -> new ArrayList<>()).add(s.name());
        }
        System.out.println(byLetter);
        Student best = Collections.max(students, Comparator.comparingDouble(Student::average));
        System.out.println("best: " + best.name());
        int total = 0;
        while (in.hasNextInt()) {
            total += in.nextInt();
        }
        System.out.println("bonus total " + total);
        if (in.hasNext()) {
            System.out.println("left over: " + in.next());
        }
    }
}
// stdin: 4
// stdin: ada 95 88 100
// stdin: bob 72 x 65 81
// stdin: cy 55 61 140
// stdin: dee 80 85 79
// stdin: 3 4 5
// stdin: end
// expect: line 3: skipping For input string: "x"
// expect: line 4: mark out of range: 140
// expect: ada       94.3 A [95, 88, 100]
// expect: bob       72.7 C [72, 65, 81]
// expect: cy        58.0 F [55, 61]
// expect: dee       81.3 B [80, 85, 79]
// expect: {A=[ada], B=[dee], C=[bob], F=[cy]}
// expect: best: ada
// expect: bonus total 12
// expect: left over: end
