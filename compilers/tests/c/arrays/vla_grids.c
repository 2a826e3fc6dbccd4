// Variable-length arrays of two and three dimensions: edit distance by dynamic programming, a table of
// binomial coefficients, a 3-D box, rows passed to functions (expected output from gcc).
#include <stdio.h>
#include <string.h>

int row_sum(const int *row, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += row[i];
    return s;
}

int distance(const char *s, const char *t) {
    int ls = strlen(s), lt = strlen(t);
    int d[ls + 1][lt + 1];
    for (int i = 0; i <= ls; i++) d[i][0] = i;
    for (int j = 0; j <= lt; j++) d[0][j] = j;
    for (int i = 1; i <= ls; i++)
        for (int j = 1; j <= lt; j++) {
            int cost = s[i - 1] != t[j - 1];
            int best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best) best = d[i - 1][j - 1] + cost;
            d[i][j] = best;
        }
    return d[ls][lt];
}

int main(void) {
    printf("%d %d %d\n", distance("kitten", "sitting"), distance("rosettacode", "raisethysword"),
           distance("", "engine"));
    int n = 7;
    long pascal[n][n];
    for (int i = 0; i < n; i++)
        for (int k = 0; k <= i; k++) pascal[i][k] = k == 0 || k == i ? 1 : pascal[i - 1][k - 1] + pascal[i - 1][k];
    for (int k = 0; k < n; k++) printf("%ld ", pascal[n - 1][k]);
    printf("\n");
    int x = 2, y = 3, z = 4;
    int box[x][y][z];
    for (int i = 0; i < x; i++)
        for (int j = 0; j < y; j++)
            for (int k = 0; k < z; k++) box[i][j][k] = 100 * i + 10 * j + k;
    printf("%d %d %d\n", box[1][2][3], box[0][1][2], row_sum(box[1][1], z));
    int *flat = &box[0][0][0];
    printf("%d\n", flat[1 * 12 + 2 * 4 + 3]);
    return 0;
}
// expect: 3 8 6
// expect: 1 6 15 20 15 6 1 
// expect: 123 12 446
// expect: 123
