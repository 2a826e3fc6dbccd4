// Summing in float loses what a double keeps: a thousand tenths.
public class Main {
    public static void main(String[] args) {
        float f = 0;
        double d = 0;
        for (int i = 0; i < 1000; i++) {
            f += 0.1f;
            d += 0.1f;
        }
        System.out.println(f + " " + d + " " + (float) d);
        float big = 1e8f;
        System.out.println(big + 1 + " " + (big + 4) + " " + (big + 5));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 99.99905 100.00000149011612 100.0
// expect: 1.0E8 1.0E8 1.00000008E8
