// Pascal's triangle in a 2-D array.
#include <stdio.h>

int main(void) {
    int row[8][8];
    for (int n = 0; n < 8; n++) {
        row[n][0] = row[n][n] = 1;
        for (int k = 1; k < n; k++) row[n][k] = row[n - 1][k - 1] + row[n - 1][k];
        for (int k = 0; k <= n; k++) printf("%d ", row[n][k]);
        printf("\n");
    }
    return 0;
}
// expect: 1 
// expect: 1 1 
// expect: 1 2 1 
// expect: 1 3 3 1 
// expect: 1 4 6 4 1 
// expect: 1 5 10 10 5 1 
// expect: 1 6 15 20 15 6 1 
// expect: 1 7 21 35 35 21 7 1 
