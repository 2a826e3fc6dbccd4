// Checked against OpenJDK 17 (java Main.java): Arrays.equals of doubles as Double.equals has them,
// the hashes of every primitive array and deepHashCode/deepEquals of two-dimensional ones.
import java.util.*;
public class Main { public static void main(String[] a) {
  double[][] d = {{1, 2.5}, {Double.NaN, -0.0}};
  double[][] e = {{1, 2.5}, {Double.NaN, -0.0}};
  double[][] f = {{1, 2.5}, {Double.NaN, 0.0}};
  System.out.println(Arrays.deepEquals(d, e) + " " + Arrays.deepEquals(d, f) + " " + Arrays.equals(d[0], e[0]) + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}));
  System.out.println(Arrays.deepHashCode(d) + " " + Arrays.deepHashCode(f) + " " + Arrays.hashCode(d[1]) + " " + Arrays.hashCode(new long[]{1L << 40, -1}) + " " + Arrays.hashCode(new char[]{'a', 'b'}) + " " + Arrays.hashCode(new boolean[]{true, false}));
  System.out.println(Arrays.deepHashCode(new int[][]{{1, 2}, {3}}) + " " + Arrays.deepHashCode(new String[][]{{"a"}, {"b", null}}) + " " + Arrays.deepHashCode(new long[][]{{5}}) + " " + Arrays.deepHashCode(new char[][]{{'x'}}) + " " + Arrays.deepHashCode(new boolean[][]{{false}}) + " " + Arrays.deepHashCode((int[][]) null));
}}
// expect: true false true false
// expect: -1015776287 1131707361 -16251967 8897 4066 40359
// expect: 31809 8928 67 182 1299 0
