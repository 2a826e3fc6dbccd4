// javac's errors: a double does not convert to float without a cast.
public class Main {
    public static void main(String[] args) {
        float f = 1.5;
        float g = 2.0f;
        long l = g;
    }
}
// Expected: javac 17's errors for this program, checked by compiling it.
// error: 4:19: incompatible types: possible lossy conversion from double to float
// error: 6:18: incompatible types: possible lossy conversion from float to long
