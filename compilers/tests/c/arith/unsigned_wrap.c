// unsigned arithmetic wraps modulo 2^32.
#include <stdio.h>

int main(void) {
    unsigned int u = 0;
    u = u - 1;
    printf("%u\n", u);
    u = u + 2;
    printf("%u\n", u);
    unsigned int big = 4000000000u;
    printf("%u\n", big * 2u);
    printf("%u\n", 3000000000u + 3000000000u);
    unsigned int m = 123456789;
    printf("%u\n", m * m);
    return 0;
}
// expect: 4294967295
// expect: 1
// expect: 3705032704
// expect: 1705032704
// expect: 2537071545
