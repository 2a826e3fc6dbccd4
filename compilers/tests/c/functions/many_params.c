// Functions with many parameters.
#include <stdio.h>

int weighted(int a, int b, int c, int d, int e, int f, int g, int h) {
    return a * 1 + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8;
}

long mix(char c, short s, int i, long l, unsigned u) {
    return c + s + i + l + u;
}

int main(void) {
    printf("%d\n", weighted(1, 2, 3, 4, 5, 6, 7, 8));
    printf("%ld\n", mix('a', -300, 70000, 5000000000L, 4000000000u));
    return 0;
}
// expect: 204
// expect: 9000069797
