// The sieve of Eratosthenes below 100.
#include <stdio.h>

#define LIMIT 100

char composite[LIMIT];

int main(void) {
    int count = 0;
    for (int i = 2; i < LIMIT; i++) {
        if (composite[i]) continue;
        count++;
        for (int j = i * i; j < LIMIT; j += i) composite[j] = 1;
    }
    printf("%d primes\n", count);
    for (int i = 90; i < LIMIT; i++)
        if (!composite[i]) printf("%d\n", i);
    return 0;
}
// expect: 25 primes
// expect: 97
