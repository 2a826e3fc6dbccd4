public class Main {
    static int counter = 10;
    static String label = "count";
    static final int LIMIT = 3;
    static int[] table = {1, 2, 3};

    static void bump() { counter++; }

    public static void main(String[] args) {
        for (int i = 0; i < LIMIT; i++) bump();
        System.out.println(label + " " + counter);
        table[1] = 20;
        System.out.println(table[0] + table[1] + table[2]);
    }
}
// expect: count 13
// expect: 24
