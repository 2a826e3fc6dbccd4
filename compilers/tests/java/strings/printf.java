public class Main {
    public static void main(String[] args) {
        System.out.printf("%d + %d = %d%n", 2, 3, 5);
        System.out.printf("[%5d] [%-5d] [%05d] [%03d]%n", 42, 42, 42, -7);
        System.out.printf("[%s] [%8s] [%-8s]%n", "ada", "ada", "ada");
        System.out.printf("%c%c %b %s%n", 'o', 'k', true, 12L);
        System.out.printf("100%%%n");
        String s = String.format("%d items at %s", 3, "noon");
        System.out.println(s);
        System.out.println(String.format("|%4d|", 12345));
    }
}
// expect: 2 + 3 = 5
// expect: [   42] [42   ] [00042] [-07]
// expect: [ada] [     ada] [ada     ]
// expect: ok true 12
// expect: 100%
// expect: 3 items at noon
// expect: |12345|
