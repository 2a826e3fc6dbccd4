// Math.abs, max, min and round of floats (round(float) is an int).
public class Main {
    public static void main(String[] args) {
        float f = -2.5f;
        System.out.println(Math.abs(f) + " " + Math.abs(-0.0f) + " " + Math.max(f, 1) + " " + Math.min(f, -3f));
        System.out.println(Math.round(2.5f) + " " + Math.round(-2.5f) + " " + Math.round(0.49999997f) + " " + Math.round(1e20f) + " " + Math.round(Float.NaN));
        int r = Math.round(7.7f);
        long q = Math.round(7.7);
        System.out.println(r + q);
        System.out.println(Math.max(Float.NaN, 1f) + " " + Math.min(0.0f, -0.0f) + " " + Math.sqrt(2f) + " " + (float) Math.sqrt(2f));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 2.5 0.0 1.0 -3.0
// expect: 3 -2 0 2147483647 0
// expect: 16
// expect: NaN -0.0 1.4142135623730951 1.4142135
