// Primes below 60 by trial division.
#include <stdio.h>

int is_prime(int n) {
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++)
        if (n % d == 0) return 0;
    return 1;
}

int main(void) {
    for (int i = 0; i < 60; i++)
        if (is_prime(i)) printf("%d ", i);
    printf("\n");
    return 0;
}
// expect: 2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 
