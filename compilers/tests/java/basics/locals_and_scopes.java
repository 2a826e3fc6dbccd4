public class Main {
    public static void main(String[] args) {
        int x = 1;
        {
            int y = x + 1;
            System.out.println(y);
        }
        {
            int y = x + 10;
            System.out.println(y);
        }
        for (int i = 0; i < 2; i++) {
            int z = i * i;
            System.out.println(z);
        }
        final int k = 5;
        System.out.println(k);
    }
}
// expect: 2
// expect: 11
// expect: 0
// expect: 1
// expect: 5
