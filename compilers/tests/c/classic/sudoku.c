// A sudoku solved by backtracking: the first empty cell, each digit the row, the column and the box allow,
// recursively; the grid is read from standard input (0 for an empty cell) and printed with its boxes.
#include <stdio.h>

int grid[9][9];
long tries = 0;

int allowed(int r, int c, int d) {
    for (int i = 0; i < 9; i++)
        if (grid[r][i] == d || grid[i][c] == d || grid[r / 3 * 3 + i / 3][c / 3 * 3 + i % 3] == d) return 0;
    return 1;
}

int solve(void) {
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++)
            if (grid[r][c] == 0) {
                for (int d = 1; d <= 9; d++)
                    if (allowed(r, c, d)) {
                        tries++;
                        grid[r][c] = d;
                        if (solve()) return 1;
                        grid[r][c] = 0;
                    }
                return 0;
            }
    return 1;
}

int main(void) {
    for (int r = 0; r < 9; r++)
        for (int c = 0; c < 9; c++)
            if (scanf("%1d", &grid[r][c]) != 1) return 2;
    if (!solve()) {
        puts("no solution");
        return 1;
    }
    for (int r = 0; r < 9; r++) {
        if (r % 3 == 0) puts("+-------+-------+-------+");
        for (int c = 0; c < 9; c++) printf("%s%d", c % 3 == 0 ? "| " : " ", grid[r][c]);
        puts(" |");
    }
    puts("+-------+-------+-------+");
    printf("%ld placements\n", tries);
    return 0;
}
// stdin: 530070000
// stdin: 600195000
// stdin: 098000060
// stdin: 800060003
// stdin: 400803001
// stdin: 700020006
// stdin: 060000280
// stdin: 000419005
// stdin: 000080079
// max-steps: 60000000
// expect: +-------+-------+-------+
// expect: | 5 3 4| 6 7 8| 9 1 2 |
// expect: | 6 7 2| 1 9 5| 3 4 8 |
// expect: | 1 9 8| 3 4 2| 5 6 7 |
// expect: +-------+-------+-------+
// expect: | 8 5 9| 7 6 1| 4 2 3 |
// expect: | 4 2 6| 8 5 3| 7 9 1 |
// expect: | 7 1 3| 9 2 4| 8 5 6 |
// expect: +-------+-------+-------+
// expect: | 9 6 1| 5 3 7| 2 8 4 |
// expect: | 2 8 7| 4 1 9| 6 3 5 |
// expect: | 3 4 5| 2 8 6| 1 7 9 |
// expect: +-------+-------+-------+
// expect: 4208 placements
