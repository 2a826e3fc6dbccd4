// The eight queens: counting solutions by backtracking.
#include <stdio.h>

int cols[8];

int safe(int row, int col) {
    for (int r = 0; r < row; r++) {
        int c = cols[r];
        if (c == col || c - col == r - row || c - col == row - r) return 0;
    }
    return 1;
}

int solve(int row, int n) {
    if (row == n) return 1;
    int total = 0;
    for (int c = 0; c < n; c++)
        if (safe(row, c)) {
            cols[row] = c;
            total += solve(row + 1, n);
        }
    return total;
}

int main(void) {
    for (int n = 4; n <= 6; n++) printf("%d: %d\n", n, solve(0, n));
    return 0;
}
// expect: 4: 2
// expect: 5: 10
// expect: 6: 4
