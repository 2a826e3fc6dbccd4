import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        List<Integer> numbers = new ArrayList<>();
        while (in.hasNextInt()) {
            numbers.add(in.nextInt());
        }
        String word = in.hasNext() ? in.next() : "none";
        int sum = 0;
        for (int n : numbers) {
            sum += n;
        }
        Collections.sort(numbers);
        System.out.println(numbers + " sum " + sum + " then " + word);
        System.out.println(in.hasNextLine() ? "[" + in.nextLine() + "]" : "no line");
    }
}
// stdin: 12 -4 7
// stdin: 3 2147483647 stop here
// stdin: more
// expect: [-4, 3, 7, 12, 2147483647] sum -2147483631 then stop
// expect: [ here]
