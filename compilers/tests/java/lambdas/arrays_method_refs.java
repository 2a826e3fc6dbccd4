import java.util.*;
import java.util.function.*;
import java.util.stream.*;

// Checked against OpenJDK 17 (java Main.java): Arrays::toString and Arrays::hashCode applied to arrays
// are Arrays' static methods (an array is no Arrays, so not the toString() Arrays inherits from Object);
// int[]::clone copies each row.
public class Main {
    static String show(long[][] grid) {
        return Arrays.stream(grid).map(Arrays::toString).collect(Collectors.joining("\n"));
    }

    public static void main(String[] args) {
        long[][] pascal = new long[5][];
        for (int i = 0; i < pascal.length; i++) {
            pascal[i] = new long[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        System.out.println(show(pascal));
        int[][] a = {{1, 2}, {3}};
        double[][] c = {{1.5, -0.0}};
        String[][] s = {{"x", "y"}, {}};
        System.out.println(Arrays.stream(a).map(Arrays::toString).collect(Collectors.joining(";")));
        System.out.println(Arrays.stream(c).map(Arrays::toString).collect(Collectors.toList()));
        System.out.println(Arrays.stream(s).map(Arrays::toString).collect(Collectors.joining(" ")));
        List<char[]> rows = List.of("ab".toCharArray(), "cd".toCharArray());
        rows.stream().map(Arrays::toString).forEach(System.out::println);
        System.out.println(Arrays.stream(a).mapToInt(Arrays::hashCode).sum());
        Function<int[], String> f = Arrays::toString;
        ToIntFunction<Object[]> h = Arrays::hashCode;
        System.out.println(f.apply(new int[]{9, 8}) + " " + h.applyAsInt(new String[]{"q"}));
        Function<int[], Integer> len = arr -> arr.length;
        System.out.println(Stream.of(a).map(len).toList());
        int[][] copies = Arrays.stream(a).map(int[]::clone).toArray(int[][]::new);
        a[0][0] = 99;
        UnaryOperator<String[]> copy = String[]::clone;
        String[] row = copy.apply(s[0]);
        row[0] = "z";
        System.out.println(Arrays.deepToString(copies) + " " + Arrays.toString(s[0]) + Arrays.toString(row));
    }
}
// expect: [1]
// expect: [1, 1]
// expect: [1, 2, 1]
// expect: [1, 3, 3, 1]
// expect: [1, 4, 6, 4, 1]
// expect: [1, 2];[3]
// expect: [[1.5, -0.0]]
// expect: [x, y] []
// expect: [a, b]
// expect: [c, d]
// expect: 1028
// expect: [9, 8] 144
// expect: [2, 1]
// expect: [[1, 2], [3]] [x, y][z, y]
