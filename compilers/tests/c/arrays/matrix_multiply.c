// 2-D matrices: a 3x3 product.
#include <stdio.h>

int main(void) {
    int a[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    int b[3][3] = {{9, 8, 7}, {6, 5, 4}, {3, 2, 1}};
    int c[3][3];
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) {
            c[i][j] = 0;
            for (int k = 0; k < 3; k++) c[i][j] += a[i][k] * b[k][j];
        }
    for (int i = 0; i < 3; i++) printf("%4d%4d%4d\n", c[i][0], c[i][1], c[i][2]);
    return 0;
}
// expect:   30  24  18
// expect:   84  69  54
// expect:  138 114  90
