// Bitwise and, or, xor, not on two's complement values.
#include <stdio.h>

int main(void) {
    int a = 0x5A, b = 0x3C;
    printf("%d %d %d\n", a & b, a | b, a ^ b);
    printf("%d %d\n", ~a, ~0);
    printf("%d %d %d\n", -6 & 7, -6 | 1, -6 ^ -1);
    unsigned int u = 0xF0F0F0F0u;
    printf("%u %u\n", ~u, u & 0xFFu);
    printf("%x\n", u ^ 0xFFFFFFFFu);
    return 0;
}
// expect: 24 126 102
// expect: -91 -1
// expect: 2 -5 5
// expect: 252645135 240
// expect: f0f0f0f
