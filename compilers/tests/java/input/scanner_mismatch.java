import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.println(in.nextInt() + in.nextInt());
        System.out.println(in.nextInt());
    }
}
// stdin: 4 5 x
// expect: 9
// expect runtime error: trap 4
// expect stderr: at Main.main(scanner_mismatch.java:7)
