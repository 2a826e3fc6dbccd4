import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += in.nextLong();
        }
        in.nextLine();
        String line = in.nextLine();
        System.out.println(total + " [" + line + "] " + in.hasNextInt() + " " + in.next() + " " + in.hasNext());
        while (in.hasNextLine()) {
            System.out.println("rest: [" + in.nextLine() + "]");
        }
        System.out.println(in.hasNext());
    }
}
// stdin: 3 10 20
// stdin: -30000000000
// stdin: hello world
// stdin: word 5
// stdin:   last line
// expect: -29999999970 [hello world] false word true
// expect: rest: [ 5]
// expect: rest: [  last line]
// expect: false
