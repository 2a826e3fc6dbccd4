// A course-style program; the expected lines are java 17's output (`java Main.java`).
import java.util.*;

public class Main {
    static long fib(int n, long[] memo) {
        if (n <= 1) return n;
        if (memo[n] != 0) return memo[n];
        return memo[n] = fib(n - 1, memo) + fib(n - 2, memo);
    }

    static void permutations(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) {
            out.add(prefix);
            return;
        }
        for (int i = 0; i < rest.length(); i++) {
            permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
        }
    }

    static int binarySearch(int[] a, int key, int lo, int hi) {
        if (lo > hi) return -(lo + 1);
        int mid = (lo + hi) >>> 1;
        if (a[mid] == key) return mid;
        return a[mid] < key ? binarySearch(a, key, mid + 1, hi) : binarySearch(a, key, lo, mid - 1);
    }

    static boolean solveQueens(int row, int[] cols, int n) {
        if (row == n) return true;
        for (int c = 0; c < n; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                if (cols[r] == c || Math.abs(cols[r] - c) == row - r) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                cols[row] = c;
                if (solveQueens(row + 1, cols, n)) return true;
            }
        }
        return false;
    }

    static void hanoi(int n, char from, char to, char via, StringBuilder moves) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, moves);
        moves.append(from).append("->").append(to).append(' ');
        hanoi(n - 1, via, to, from, moves);
    }

    static int ackermann(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ackermann(m - 1, 1);
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static String toBinary(int n) {
        return n < 2 ? String.valueOf(n) : toBinary(n / 2) + n % 2;
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static void mergeSort(int[] a, int lo, int hi, int[] tmp) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) / 2;
        mergeSort(a, lo, mid, tmp);
        mergeSort(a, mid, hi, tmp);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    public static void main(String[] args) {
        long[] memo = new long[91];
        System.out.println(fib(10, memo) + " " + fib(50, memo) + " " + fib(90, memo));
        List<String> perms = new ArrayList<>();
        permutations("", "abcd", perms);
        System.out.println(perms.size() + " " + perms.subList(0, 6) + " " + perms.get(23));
        int[] sorted = {2, 3, 5, 7, 11, 13, 17, 19, 23};
        System.out.println(binarySearch(sorted, 13, 0, sorted.length - 1) + " " + binarySearch(sorted, 4, 0, sorted.length - 1));
        int[] cols = new int[8];
        System.out.println(solveQueens(0, cols, 8) + " " + Arrays.toString(cols));
        StringBuilder moves = new StringBuilder();
        hanoi(3, 'A', 'C', 'B', moves);
        System.out.println(moves.toString().trim());
        System.out.println(ackermann(2, 3) + " " + toBinary(37) + " " + gcd(1071, 462));
        int[] data = {38, 27, 43, 3, 9, 82, 10, 3};
        mergeSort(data, 0, data.length, new int[data.length]);
        System.out.println(Arrays.toString(data));

        int[][] grid = {{1, 2, 3}, {4, -5, 6}, {7, 8, -9}};
        int foundRow = -1, foundCol = -1;
        search:
        for (int i = 0; i < grid.length; i++) {
            for (int j = 0; j < grid[i].length; j++) {
                if (grid[i][j] < 0) {
                    foundRow = i;
                    foundCol = j;
                    break search;
                }
            }
        }
        System.out.println("first negative at " + foundRow + "," + foundCol);
        StringBuilder primes = new StringBuilder();
        outer:
        for (int n = 2; n < 40; n++) {
            for (int d = 2; d * d <= n; d++) {
                if (n % d == 0) continue outer;
            }
            primes.append(n).append(' ');
        }
        System.out.println(primes.toString().trim());
        int count = 0;
        loop:
        while (true) {
            switch (count++) {
                case 5:
                    break loop;
                default:
                    continue loop;
            }
        }
        System.out.println("count " + count);
        int i = 0;
        do {
            i += 3;
        } while (i < 10);
        System.out.println("i " + i);
        int[] shift = {1, 2, 3, 4, 5, 6};
        System.arraycopy(shift, 0, shift, 2, 4);
        String[] names = {"a", "b", "c"};
        Object[] copy = new Object[4];
        System.arraycopy(names, 1, copy, 0, 2);
        System.out.println(Arrays.toString(shift) + " " + Arrays.toString(copy));
        try {
            System.arraycopy(shift, 3, shift, 0, 4);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
// expect: 55 12586269025 2880067194370816120
// expect: 24 [abcd, abdc, acbd, acdb, adbc, adcb] dcba
// expect: 5 -3
// expect: true [0, 4, 7, 5, 2, 6, 1, 3]
// expect: A->C A->B C->B A->C B->A B->C A->C
// expect: 9 100101 21
// expect: [3, 3, 9, 10, 27, 38, 43, 82]
// expect: first negative at 1,1
// expect: 2 3 5 7 11 13 17 19 23 29 31 37
// expect: count 6
// expect: i 12
// expect: [1, 2, 1, 2, 3, 4] [b, c, null, null]
// expect: arraycopy: last source index 7 out of bounds for int[6]
