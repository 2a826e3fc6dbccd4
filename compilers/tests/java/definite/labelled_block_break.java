public class Main {
    public static void main(String[] args) {
        int x;
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) { if (j == 1) break outer; }
        }
        x = 1;
        l2: { if (args.length == 0) break l2; x = 2; }
        System.out.println(x);
        int z;
        l3: { if (args.length == 0) break l3; z = 2; }
        System.out.println(z);
    }
}
// error: 13:28: variable z might not have been initialized
