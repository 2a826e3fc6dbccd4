public class Main {
    public static void main(String[] args) {
        long total = 0;
        for (int round = 0; round < 300; round++) {
            int[] block = new int[50];
            for (int i = 0; i < block.length; i++) block[i] = round + i;
            String label = "round " + round;
            total += block[49] + label.length();
        }
        System.out.println(total);
    }
}
// store: 20000
// expect: 62140
