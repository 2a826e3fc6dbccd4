public class Main {
    public static void main(String[] args) {
        for (int i = 2; i < 30; i++) {
            boolean prime = true;
            for (int d = 2; d * d <= i; d++) {
                if (i % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (!prime) continue;
            System.out.print(i + " ");
        }
        System.out.println();
        int i = 0;
        while (i < 10) {
            i++;
            if (i % 3 == 0) continue;
            if (i > 8) break;
            System.out.print(i);
        }
        System.out.println();
    }
}
// expect: 2 3 5 7 11 13 17 19 23 29 
// expect: 124578
