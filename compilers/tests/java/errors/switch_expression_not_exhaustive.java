public class Main {
    public static void main(String[] args) {
        int n = args.length;
        String s = switch (n) {
            case 0 -> "none";
            case 1 -> "one";
        };
        System.out.println(s);
    }
}
// error: 4:20: the switch expression does not cover all possible input values
