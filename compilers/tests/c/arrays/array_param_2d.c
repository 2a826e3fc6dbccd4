// Passing a 2-D array to a function.
#include <stdio.h>

int trace(int m[][4], int n) {
    int t = 0;
    for (int i = 0; i < n; i++) t += m[i][i];
    return t;
}

int main(void) {
    int m[4][4];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) m[i][j] = i * 4 + j;
    printf("%d\n", trace(m, 4));
    return 0;
}
// expect: 30
