// Floats in string concatenation, StringBuilder and String.valueOf, and Float.toString of extremes.
public class Main {
    public static void main(String[] args) {
        float f = 1.0f / 7;
        String s = "f=" + f + ", twice " + 2 * f + ", as double " + (double) f;
        System.out.println(s);
        StringBuilder sb = new StringBuilder();
        for (float v = 0.5f; v < 1e6f; v *= 17) {
            sb.append(v).append(';');
        }
        System.out.println(sb);
        System.out.println(String.valueOf(Float.MAX_VALUE) + " " + Float.MIN_VALUE + " " + (-Float.MIN_NORMAL));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: f=0.14285715, twice 0.2857143, as double 0.1428571492433548
// expect: 0.5;8.5;144.5;2456.5;41760.5;709928.5;
// expect: 3.4028235E38 1.4E-45 -1.17549435E-38
