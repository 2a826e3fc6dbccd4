import java.util.*;

public class Main {
    private static final Map<Integer, Long> memo = new HashMap<>();

    static long fib(int n) {
        if (n < 2) {
            return n;
        }
        if (memo.containsKey(n)) {
            return memo.get(n);
        }
        long v = fib(n - 1) + fib(n - 2);
        memo.put(n, v);
        return v;
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

    static int queens(int n, int row, int[] cols) {
        if (row == n) {
            return 1;
        }
        int count = 0;
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
                count += queens(n, row + 1, cols);
            }
        }
        return count;
    }

    static List<List<Integer>> subsets(int[] items) {
        List<List<Integer>> result = new ArrayList<>();
        backtrack(items, 0, new ArrayList<>(), result);
        return result;
    }

    private static void backtrack(int[] items, int start, List<Integer> current, List<List<Integer>> result) {
        result.add(new ArrayList<>(current));
        for (int i = start; i < items.length; i++) {
            current.add(items[i]);
            backtrack(items, i + 1, current, result);
            current.remove(current.size() - 1);
        }
    }

    static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    static long power(long base, int exp) {
        if (exp == 0) return 1;
        long half = power(base, exp / 2);
        return exp % 2 == 0 ? half * half : half * half * base;
    }

    static int depth(int n) {
        return depth(n + 1) + 1;
    }

    public static void main(String[] args) {
        System.out.println(fib(50) + " " + fib(90));
        List<String> perms = new ArrayList<>();
        permutations("", "abc", perms);
        System.out.println(perms);
        for (int n = 4; n <= 7; n++) {
            System.out.println(n + " queens: " + queens(n, 0, new int[n]));
        }
        System.out.println(subsets(new int[] {1, 2, 3}));
        System.out.println(gcd(84, 36) + " " + power(3, 13) + " " + power(2, 62));
        System.out.println(Long.MAX_VALUE + 1);
    }
}
// expect: 12586269025 2880067194370816120
// expect: [abc, acb, bac, bca, cab, cba]
// expect: 4 queens: 2
// expect: 5 queens: 10
// expect: 6 queens: 4
// expect: 7 queens: 40
// expect: [[], [1], [1, 2], [1, 2, 3], [1, 3], [2], [2, 3], [3]]
// expect: 12 1594323 4611686018427387904
// expect: -9223372036854775808
