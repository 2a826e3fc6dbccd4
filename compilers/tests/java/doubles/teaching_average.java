import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner input = new Scanner(System.in);
        System.out.print("How many numbers? ");
        int n = input.nextInt();
        double[] nums = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            System.out.print("Enter number " + (i + 1) + ": ");
            nums[i] = input.nextDouble();
            sum += nums[i];
        }
        double avg = sum / n;
        System.out.println();
        System.out.println("The average is " + avg);
        int above = 0;
        for (double x : nums) {
            if (x > avg) {
                above++;
            }
        }
        System.out.printf("%d of %d numbers are above the average (%.2f)%n", above, n, avg);
        while (input.hasNextDouble()) {
            System.out.println("extra: " + input.nextDouble());
        }
        input.close();
    }
}
// An ordinary teaching program, not written for this compiler; expected: java 17's (OpenJDK) output, checked by running it.
// stdin: 5
// stdin: 3.5 7
// stdin: -2.25
// stdin: 10e1 0.1
// stdin: 42 1.5E-3
// expect: How many numbers? Enter number 1: Enter number 2: Enter number 3: Enter number 4: Enter number 5: 
// expect: The average is 21.669999999999998
// expect: 1 of 5 numbers are above the average (21.67)
// expect: extra: 42.0
// expect: extra: 0.0015
