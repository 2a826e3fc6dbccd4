// Pascal's triangle, centred with printf's `*` width, its row sums (powers of two) and a binomial
// coefficient table with long long, checked by the identity C(n, k) = C(n-1, k-1) + C(n-1, k).
#include <stdio.h>

int main(void) {
    int rows = 12;
    long long row[64] = {1};
    for (int n = 0; n < rows; n++) {
        printf("%*s", (rows - n - 1) * 3, "");
        long long sum = 0;
        for (int k = 0; k <= n; k++) {
            printf("%6lld", row[k]);
            sum += row[k];
        }
        printf("   = %lld\n", sum);
        for (int k = n + 1; k > 0; k--) row[k] += row[k - 1];
    }
    long long c[61][61] = {{0}};
    for (int n = 0; n <= 60; n++) {
        c[n][0] = c[n][n] = 1;
        for (int k = 1; k < n; k++) c[n][k] = c[n - 1][k - 1] + c[n - 1][k];
    }
    printf("C(60,30) = %lld\nC(50,25) = %lld\nC(40,20) = %lld\n", c[60][30], c[50][25], c[40][20]);
    return 0;
}
// expect:                                       1   = 1
// expect:                                    1     1   = 2
// expect:                                 1     2     1   = 4
// expect:                              1     3     3     1   = 8
// expect:                           1     4     6     4     1   = 16
// expect:                        1     5    10    10     5     1   = 32
// expect:                     1     6    15    20    15     6     1   = 64
// expect:                  1     7    21    35    35    21     7     1   = 128
// expect:               1     8    28    56    70    56    28     8     1   = 256
// expect:            1     9    36    84   126   126    84    36     9     1   = 512
// expect:         1    10    45   120   210   252   210   120    45    10     1   = 1024
// expect:      1    11    55   165   330   462   462   330   165    55    11     1   = 2048
// expect: C(60,30) = 118264581564861424
// expect: C(50,25) = 126410606437752
// expect: C(40,20) = 137846528820
