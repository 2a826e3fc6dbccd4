// The sieve of Eratosthenes as the BYTE magazine benchmark of 1981-83 wrote it: flags for the odd
// numbers 3, 5, 7, ... (index i stands for i + i + 3), ten iterations, 1899 primes found each time.
#include <stdio.h>

#define TRUE 1
#define FALSE 0
#define SIZE 8190

char flags[SIZE + 1];

int main(void) {
    int i, prime, k, count = 0, iter;
    printf("10 iterations\n");
    for (iter = 1; iter <= 10; iter++) {
        count = 0;
        for (i = 0; i <= SIZE; i++)
            flags[i] = TRUE;
        for (i = 0; i <= SIZE; i++) {
            if (flags[i]) {
                prime = i + i + 3;
                for (k = i + prime; k <= SIZE; k += prime)
                    flags[k] = FALSE;
                count++;
            }
        }
    }
    printf("%d primes\n", count);
    /* the last few primes the flags stand for */
    for (i = SIZE, k = 0; i >= 0 && k < 5; i--)
        if (flags[i]) {
            printf("%d%c", i + i + 3, k == 4 ? '\n' : ' ');
            k++;
        }
    return 0;
}
// expect: 10 iterations
// expect: 1899 primes
// expect: 16381 16369 16363 16361 16349
