// %ld and %u.
#include <stdio.h>

int main(void) {
    long big = 123456789012L;
    printf("%ld %ld\n", big, -big);
    printf("[%15ld] [%-15ld]\n", big, big);
    printf("%u %u\n", 0u, 4294967295u);
    printf("%u\n", (unsigned)-2);
    printf("[%8u] [%08u]\n", 1234u, 1234u);
    printf("%lu\n", 18446744073709551615UL);
    return 0;
}
// expect: 123456789012 -123456789012
// expect: [   123456789012] [123456789012   ]
// expect: 0 4294967295
// expect: 4294967294
// expect: [    1234] [00001234]
// expect: 18446744073709551615
