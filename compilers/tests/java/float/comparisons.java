// float comparisons: NaN unordered and unequal, 0.0f == -0.0f.
public class Main {
    public static void main(String[] args) {
        float nan = Float.NaN;
        System.out.println((nan == nan) + " " + (nan != nan) + " " + (nan < 1) + " " + (nan >= 1));
        System.out.println((0.0f == -0.0f) + " " + (1f / 0.0f) + " " + (1f / -0.0f));
        System.out.println((0.1f < 0.1) + " " + (0.1f > 0.1) + " " + (3f == 3) + " " + (16777217 == 16777217f));
        System.out.println(Float.compare(0.0f, -0.0f) + " " + Float.compare(nan, 1f) + " " + Float.compare(1f, 2f));
    }
}
// Expected: java 17's (OpenJDK) output for this program, checked by running it.
// expect: false true false false
// expect: true Infinity -Infinity
// expect: false true true true
// expect: 1 1 -1
