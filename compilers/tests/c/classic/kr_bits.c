// K&R chapter 2's bit exercises: getbits, setbits (2-6), invert (2-7), rightrot (2-8), bitcount and the
// faster bitcount of exercise 2-9 (x &= x - 1 deletes the rightmost 1 bit), printed in binary.
#include <stdio.h>

unsigned getbits(unsigned x, int p, int n) { return (x >> (p + 1 - n)) & ~(~0u << n); }

unsigned setbits(unsigned x, int p, int n, unsigned y) {
    unsigned mask = ~(~0u << n) << (p + 1 - n);
    return (x & ~mask) | ((y << (p + 1 - n)) & mask);
}

unsigned invert(unsigned x, int p, int n) { return x ^ (~(~0u << n) << (p + 1 - n)); }

unsigned rightrot(unsigned x, int n) {
    int width = (int)(sizeof x * 8);
    n %= width;
    return n == 0 ? x : (x >> n) | (x << (width - n));
}

int bitcount(unsigned x) {
    int b;
    for (b = 0; x != 0; x >>= 1)
        if (x & 01) b++;
    return b;
}

int fastcount(unsigned x) {
    int b = 0;
    for (; x != 0; x &= x - 1) b++;
    return b;
}

void binary(unsigned x) {
    for (int i = 31; i >= 0; i--) putchar(x >> i & 1 ? '1' : '0');
    putchar('\n');
}

int main(void) {
    unsigned x = 0xF0F0A5C3u;
    binary(x);
    printf("%x %x %x\n", getbits(x, 7, 4), getbits(x, 31, 8), getbits(x, 3, 4));
    binary(setbits(x, 11, 8, 0x3Cu));
    binary(invert(x, 15, 12));
    binary(rightrot(x, 4));
    binary(rightrot(x, 36));
    binary(rightrot(1u, 1));
    printf("%d %d %d %d\n", bitcount(x), fastcount(x), bitcount(0xFFFFFFFFu), fastcount(0u));
    int negative = -1;
    printf("%d %u %x %o\n", negative >> 4, (unsigned)negative >> 4, ~0u >> 1, 0777 & ~022);
    return 0;
}
// expect: 11110000111100001010010111000011
// expect: c f0 3
// expect: 11110000111100001010001111000011
// expect: 11110000111100000101101000110011
// expect: 00111111000011110000101001011100
// expect: 00111111000011110000101001011100
// expect: 10000000000000000000000000000000
// expect: 16 16 32 0
// expect: -1 268435455 7fffffff 755
