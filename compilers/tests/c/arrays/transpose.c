// Transposing a 2x3 matrix into a 3x2 matrix.
#include <stdio.h>

int main(void) {
    int m[2][3] = {{1, 2, 3}, {4, 5, 6}};
    int t[3][2];
    for (int i = 0; i < 2; i++)
        for (int j = 0; j < 3; j++) t[j][i] = m[i][j];
    for (int i = 0; i < 3; i++) printf("%d %d\n", t[i][0], t[i][1]);
    return 0;
}
// expect: 1 4
// expect: 2 5
// expect: 3 6
