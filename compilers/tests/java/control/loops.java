public class Main {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 100; i++) sum += i;
        System.out.println(sum);
        int n = 27, steps = 0;
        while (n != 1) {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        System.out.println("collatz steps " + steps);
        int k = 10;
        do {
            k -= 3;
        } while (k > 0);
        System.out.println(k);
        for (int i = 0, j = 10; i < j; i += 3, j -= 2) System.out.print(i + ":" + j + " ");
        System.out.println();
        int count = 0;
        for (;;) {
            if (++count == 5) break;
        }
        System.out.println(count);
    }
}
// expect: 5050
// expect: collatz steps 111
// expect: -2
// expect: 0:10 3:8 
// expect: 5
