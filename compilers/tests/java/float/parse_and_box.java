// Float.parseFloat and Float.valueOf of strings; a bad one's NumberFormatException.
public class Main {
    public static void main(String[] args) {
        String[] texts = {"1.5", "-0.1", "3e5", "  2.25f ", "NaN", "-Infinity", "0x1p3"};
        for (String t : texts) {
            System.out.println(Float.parseFloat(t) + " " + Float.valueOf(t));
        }
        try {
            Float.parseFloat("one");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: 1.5 1.5
// expect: -0.1 -0.1
// expect: 300000.0 300000.0
// expect: 2.25 2.25
// expect: NaN NaN
// expect: -Infinity -Infinity
// expect: 8.0 8.0
// expect: For input string: "one"
