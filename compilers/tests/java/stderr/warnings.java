public class Main {
    static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            System.err.println("warning: not a number: " + s);
            return 0;
        }
    }

    public static void main(String[] args) {
        int total = 0;
        for (String s : new String[] {"12", "x", "30"}) {
            total += parse(s);
        }
        System.out.println("total " + total);
        System.err.print('!');
        System.err.print(3.5);
        System.err.print(" ");
        System.err.println(total);
        System.err.printf("%d items, %s%n", 3, "done");
        System.out.printf("%5.2f%n", 2.0 / 3);
        System.err.println();
        System.err.println("error: the total is " + total);
    }
}
// expect: total 42
// expect:  0.67
// expect stderr: error: the total is 42
