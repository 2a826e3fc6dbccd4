public class Main {
    static int[] find(int[][] grid, int target) {
        int[] at = null;
        search:
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == target) {
                    at = new int[] {r, c};
                    break search;
                }
            }
        }
        return at;
    }

    static int firstRepeat(String s) {
        outer:
        for (int i = 0; i < s.length(); i++) {
            for (int j = 0; j < i; j++) {
                if (s.charAt(i) == s.charAt(j)) {
                    return i;
                }
                if (s.charAt(j) == ' ') continue outer;
            }
        }
        return -1;
    }

    static int loopForever() {
        int n = 0;
        spin:
        while (true) {
            n++;
            if (n == 5) break spin;
        }
        return n;
    }

    public static void main(String[] args) {
        int[][] grid = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        int[] at = find(grid, 6);
        System.out.println(at[0] + "," + at[1]);
        System.out.println(find(grid, 10) == null);

        rows:
        for (int i = 1; i <= 4; i++) {
            for (int j = 1; j <= 4; j++) {
                if (j > i) continue rows;
                if (i * j > 9) break rows;
                System.out.print(i * j + " ");
            }
        }
        System.out.println();

        int count = 0;
        block:
        {
            if (count == 0) {
                System.out.println("leaving the block");
                break block;
            }
            System.out.println("not printed");
        }

        int k = 0;
        loop:
        do {
            k++;
            switch (k) {
                case 2:
                    continue loop;
                case 4:
                    break loop;
                default:
                    System.out.println("k " + k);
            }
        } while (k < 10);
        System.out.println("k ended " + k);

        outer:
        for (String word : new String[] {"alpha", "beta", "gamma"}) {
            try {
                for (char ch : word.toCharArray()) {
                    if (ch == 't') continue outer;
                    if (ch == 'm') break outer;
                }
                System.out.println("no t in " + word);
            } finally {
                System.out.println("done with " + word);
            }
        }
        System.out.println(firstRepeat("abcb") + " " + firstRepeat("ab cd") + " " + loopForever());
        int total = 0;
        a:
        b:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j == 2) continue b;
                if (i == 2) break a;
                total += 10 * i + j;
            }
        }
        System.out.println("total " + total);
    }
}
// expect: 1,2
// expect: true
// expect: 1 2 4 3 6 9 4 8 
// expect: leaving the block
// expect: k 1
// expect: k 3
// expect: k ended 4
// expect: no t in alpha
// expect: done with alpha
// expect: done with beta
// expect: done with gamma
// expect: 3 -1 5
// expect: total 22
