// A macro computing the number of elements of an array.
#include <stdio.h>

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

int main(void) {
    int primes[] = {2, 3, 5, 7, 11, 13};
    long big[4];
    printf("%d %d\n", (int)COUNT(primes), (int)COUNT(big));
    int total = 0;
    for (unsigned long i = 0; i < COUNT(primes); i++) total += primes[i];
    printf("%d\n", total);
    return 0;
}
// expect: 6 4
// expect: 41
