import java.util.ArrayList;

public class Main {
    public static void main(String[] args) {
        ArrayList<Double> scores = new ArrayList<Double>();
        scores.add(88.5);
        scores.add(92.0);
        scores.add(79.25);
        scores.add(65.0);
        scores.add(99.75);
        double total = 0;
        double highest = scores.get(0);
        double lowest = scores.get(0);
        for (int i = 0; i < scores.size(); i++) {
            double s = scores.get(i);
            total = total + s;
            if (s > highest) highest = s;
            if (s < lowest) lowest = s;
        }
        double average = total / scores.size();
        System.out.println("Scores: " + scores);
        System.out.println("Average: " + average);
        System.out.println("Highest: " + highest + ", lowest: " + lowest);
        char grade;
        if (average >= 90) grade = 'A';
        else if (average >= 80) grade = 'B';
        else if (average >= 70) grade = 'C';
        else grade = 'F';
        System.out.println("Grade: " + grade);
        System.out.println("Rounded average: " + Math.round(average * 10) / 10.0);
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// expect: Scores: [88.5, 92.0, 79.25, 65.0, 99.75]
// expect: Average: 84.9
// expect: Highest: 99.75, lowest: 65.0
// expect: Grade: B
// expect: Rounded average: 84.9
