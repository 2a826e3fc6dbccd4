// Euclid's algorithm, recursive, and the least common multiple.
#include <stdio.h>

int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
long lcm(int a, int b) { return (long)a / gcd(a, b) * b; }

int main(void) {
    printf("%d %d %d\n", gcd(1071, 462), gcd(17, 5), gcd(0, 9));
    printf("%ld\n", lcm(21, 6));
    long l = 1;
    for (int i = 2; i <= 20; i++) l = l / gcd((int)(l % i), i) * i;
    printf("%ld\n", l);
    return 0;
}
// expect: 21 1 9
// expect: 42
// expect: 232792560
