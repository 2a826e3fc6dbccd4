// Shifts: left, arithmetic right on negative ints, logical right on unsigned.
#include <stdio.h>

int main(void) {
    int x = 1;
    printf("%d %d %d\n", x << 4, x << 30, 1024 >> 3);
    printf("%d %d\n", -16 >> 2, -1 >> 5);
    unsigned int u = 0x80000000u;
    printf("%u %u\n", u >> 31, u >> 4);
    unsigned int v = 0xFFFFFFFFu;
    printf("%u\n", v << 4);
    int k = 3;
    printf("%d\n", 5 << k);
    long big = 1L << 40;
    printf("%ld\n", big);
    return 0;
}
// expect: 16 1073741824 128
// expect: -4 -1
// expect: 1 134217728
// expect: 4294967280
// expect: 40
// expect: 1099511627776
