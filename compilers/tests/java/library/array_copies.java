// Checked against java 17 (`java Main.java`): the expected lines are its output.
import java.util.*;
public class Main {
    public static void main(String[] args) {
        String[] a = {"x", "y", "z"};
        String[] b = Arrays.copyOf(a, 5);
        System.out.println(Arrays.toString(b) + " " + b.length);
        int[] r = Arrays.copyOfRange(new int[] {1, 2, 3, 4}, 1, 6);
        System.out.println(Arrays.toString(r));
        char[] cs = Arrays.copyOfRange("hello".toCharArray(), 1, 3);
        System.out.println(new String(cs));
        try { Arrays.copyOfRange(a, 4, 5); } catch (RuntimeException e) { System.out.println(e); }
        try { Arrays.copyOfRange(a, 2, 1); } catch (RuntimeException e) { System.out.println(e); }
        try { Arrays.copyOfRange(new int[3], -1, 1); } catch (RuntimeException e) { System.out.println(e); }
        Object[] o = Arrays.copyOfRange(a, 0, 2);
        System.out.println(o.length + " " + o[1]);
    }
}
// expect: [x, y, z, null, null] 5
// expect: [2, 3, 4, 0, 0]
// expect: el
// expect: java.lang.ArrayIndexOutOfBoundsException: arraycopy: length -1 is negative
// expect: java.lang.IllegalArgumentException: 2 > 1
// expect: java.lang.ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for int[3]
// expect: 2 y
