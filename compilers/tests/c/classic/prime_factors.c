// Prime factorisation by trial division in unsigned long long, printed as p^k products; perfect numbers
// and Euler's totient from the factors; the largest prime factor of 600851475143.
#include <stdio.h>

int factor(unsigned long long n, unsigned long long p[], int k[]) {
    int count = 0;
    for (unsigned long long d = 2; d * d <= n; d += d == 2 ? 1 : 2) {
        if (n % d == 0) {
            p[count] = d;
            k[count] = 0;
            while (n % d == 0) {
                n /= d;
                k[count]++;
            }
            count++;
        }
    }
    if (n > 1) {
        p[count] = n;
        k[count++] = 1;
    }
    return count;
}

int main(void) {
    unsigned long long tests[] = {2, 12, 360, 997, 1001, 65536, 123456789, 600851475143ULL, 18446744073709551557ULL / 1000003};
    unsigned long long p[64];
    int k[64];
    for (int t = 0; t < 9; t++) {
        int count = factor(tests[t], p, k);
        unsigned long long phi = tests[t];
        printf("%llu =", tests[t]);
        for (int i = 0; i < count; i++) {
            printf(" %llu", p[i]);
            if (k[i] > 1) printf("^%d", k[i]);
            printf("%s", i + 1 < count ? " *" : "");
            phi = phi / p[i] * (p[i] - 1);
        }
        printf("   phi %llu\n", phi);
    }
    printf("perfect:");
    for (unsigned long long n = 2; n < 10000; n++) {
        unsigned long long sum = 1;
        for (unsigned long long d = 2; d * d <= n; d++)
            if (n % d == 0) sum += d + (d * d != n ? n / d : 0);
        if (sum == n) printf(" %llu", n);
    }
    printf("\n");
    return 0;
}
// max-steps: 60000000
// expect: 2 = 2   phi 1
// expect: 12 = 2^2 * 3   phi 4
// expect: 360 = 2^3 * 3^2 * 5   phi 96
// expect: 997 = 997   phi 996
// expect: 1001 = 7 * 11 * 13   phi 720
// expect: 65536 = 2^16   phi 32768
// expect: 123456789 = 3^2 * 3607 * 3803   phi 82260072
// expect: 600851475143 = 71 * 839 * 1471 * 6857   phi 591194251200
// expect: 18446688733643 = 23 * 359 * 547 * 4084217   phi 17563337727936
// expect: perfect: 6 28 496 8128
