// Binomial coefficients by the recurrence, with memoisation in a global table.
#include <stdio.h>

long memo[25][25];

long choose(int n, int k) {
    if (k == 0 || k == n) return 1;
    if (memo[n][k]) return memo[n][k];
    return memo[n][k] = choose(n - 1, k - 1) + choose(n - 1, k);
}

int main(void) {
    printf("%ld %ld %ld\n", choose(10, 3), choose(20, 10), choose(24, 12));
    return 0;
}
// expect: 120 184756 2704156
