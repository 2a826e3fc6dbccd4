// A pointer to a row of a 2-D array.
#include <stdio.h>

int grid[3][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}};

int row_sum(int (*row)[4]) {
    int s = 0;
    for (int j = 0; j < 4; j++) s += (*row)[j];
    return s;
}

int main(void) {
    for (int i = 0; i < 3; i++) printf("%d\n", row_sum(&grid[i]));
    int (*r)[4] = grid;
    r++;
    printf("%d\n", r[1][2]);
    return 0;
}
// expect: 10
// expect: 26
// expect: 42
// expect: 11
