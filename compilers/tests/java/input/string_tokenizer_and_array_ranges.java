import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer st = new StringTokenizer(in.readLine());
        System.out.println(st.countTokens());
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = Integer.parseInt(st.nextToken());
        }
        System.out.println(st.hasMoreTokens());
        Arrays.sort(a, 1, 5);
        System.out.println(Arrays.toString(a) + " " + Arrays.hashCode(a) + " " + Arrays.hashCode(new int[0]) + " " + Arrays.hashCode(new Object[] {1, "a", null, 2.5}));
        StringTokenizer csv = new StringTokenizer("a,b;;c,", ",;");
        while (csv.hasMoreTokens()) {
            System.out.print("[" + csv.nextToken() + "]");
        }
        System.out.println(" " + csv.countTokens());
        try {
            Arrays.sort(a, 4, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            Arrays.sort(a, 0, 99);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        csv.nextToken();
    }
}
// stdin: 6
// stdin:   9 4   7 1 8 2
// expect: 6
// expect: false
// expect: [9, 1, 4, 7, 8, 2] 1146215702 1 1075050497
// expect: [a][b][c] 0
// expect: fromIndex(4) > toIndex(2)
// expect: Array index out of range: 99
// expect runtime error: trap 4
// expect stderr: at Main.main(string_tokenizer_and_array_ranges.java:35)
// expect exit: 1
