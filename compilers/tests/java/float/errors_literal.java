// javac's errors for float literals out of the float range.
public class Main {
    public static void main(String[] args) {
        float big = 3.5e38f;
        float small = 1e-46f;
        System.out.println(big + small);
    }
}
// Expected: javac 17's errors for this program, checked by compiling it.
// error: 4:21: floating-point number too large
// error: 5:23: floating-point number too small
