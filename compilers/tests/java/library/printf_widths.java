public class Main {
    public static void main(String[] args) {
        String[] names = {"Ada", "Charles", "Mary"};
        int[] years = {1815, 1791, 1797};
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-8s|%6d|%s%n", names[i], years[i], years[i] > 1800 ? "late" : "early");
        }
        System.out.printf("%5s|%-5s|%05d%n", "ab", "cd", -42);
        System.out.print(String.format("%d%%%n", 50));
    }
}
// expect: Ada     |  1815|late
// expect: Charles |  1791|early
// expect: Mary    |  1797|early
// expect:    ab|cd   |-0042
// expect: 50%
