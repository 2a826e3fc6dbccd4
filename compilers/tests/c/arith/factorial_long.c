// Factorials up to 20! in a long.
#include <stdio.h>

int main(void) {
    long f = 1;
    for (int i = 1; i <= 20; i++) {
        f *= i;
        if (i % 5 == 0) printf("%d! = %ld\n", i, f);
    }
    return 0;
}
// expect: 5! = 120
// expect: 10! = 3628800
// expect: 15! = 1307674368000
// expect: 20! = 2432902008176640000
