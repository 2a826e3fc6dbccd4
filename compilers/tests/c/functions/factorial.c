// Factorial, recursive and iterative.
#include <stdio.h>

long fact_rec(int n) { return n <= 1 ? 1 : n * fact_rec(n - 1); }

long fact_iter(int n) {
    long r = 1;
    while (n > 1) r *= n--;
    return r;
}

int main(void) {
    for (int n = 0; n <= 15; n += 5) printf("%d %ld %ld\n", n, fact_rec(n), fact_iter(n));
    return 0;
}
// expect: 0 1 1
// expect: 5 120 120
// expect: 10 3628800 3628800
// expect: 15 1307674368000 1307674368000
