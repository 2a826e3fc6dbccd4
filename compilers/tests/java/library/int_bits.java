public class Main {
    public static void main(String[] args) {
        int[] xs = {0, 1, 255, -1, Integer.MIN_VALUE, 1023, 12345};
        for (int x : xs) {
            System.out.println(x + " " + Integer.bitCount(x) + " " + Integer.signum(x) + " " + Integer.compare(x, 255));
        }
        System.out.println(Long.bitCount(-1L) + " " + Long.bitCount(1L << 40) + " " + Long.signum(-5000000000L));
        for (char c : "aZ9_ q".toCharArray()) {
            System.out.print(Character.isAlphabetic(c) ? "A" : "-");
        }
        System.out.println();
    }
}
// expect: 0 0 0 -1
// expect: 1 1 1 -1
// expect: 255 8 1 0
// expect: -1 32 -1 -1
// expect: -2147483648 1 -1 -1
// expect: 1023 10 1 1
// expect: 12345 6 1 1
// expect: 64 1 -1
// expect: AA---A
