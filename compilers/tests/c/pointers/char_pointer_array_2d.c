// Pointers to rows of a 2-D array, and pointer arithmetic over rows.
#include <stdio.h>

int main(void) {
    int m[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    int *rows[3];
    for (int i = 0; i < 3; i++) rows[i] = m[i];
    int diagonal = 0;
    for (int i = 0; i < 3; i++) diagonal += rows[i][i];
    int *flat = &m[0][0];
    int sum = 0;
    for (int k = 0; k < 9; k++) sum += flat[k];
    printf("%d %d %d\n", diagonal, sum, *(*(m + 2) + 1));
    return 0;
}
// expect: 15 45 8
