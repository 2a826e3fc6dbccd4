// A 2-D array of characters drawn as a picture.
#include <stdio.h>

int main(void) {
    char grid[5][6];
    for (int r = 0; r < 5; r++) {
        for (int c = 0; c < 5; c++) grid[r][c] = (r == c || r + c == 4) ? 'X' : '.';
        grid[r][5] = '\0';
    }
    for (int r = 0; r < 5; r++) printf("%s\n", grid[r]);
    return 0;
}
// expect: X...X
// expect: .X.X.
// expect: ..X..
// expect: .X.X.
// expect: X...X
