// Fast exponentiation by squaring, recursive.
#include <stdio.h>

long power(long base, int exp) {
    if (exp == 0) return 1;
    long half = power(base, exp / 2);
    return exp % 2 ? half * half * base : half * half;
}

int main(void) {
    printf("%ld %ld %ld\n", power(2, 10), power(3, 13), power(-2, 31));
    printf("%ld\n", power(10, 18));
    return 0;
}
// expect: 1024 1594323 -2147483648
// expect: 1000000000000000000
