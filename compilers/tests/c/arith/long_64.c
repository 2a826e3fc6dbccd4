// long is 64 bits: products that overflow int fit in long.
#include <stdio.h>

int main(void) {
    long a = 1000000;
    long b = a * a;
    printf("%ld\n", b);
    long c = 3037000499L;
    printf("%ld\n", c * c);
    unsigned long u = 0;
    u--;
    printf("%lu\n", u);
    long big = 9223372036854775807L;
    printf("%ld\n", big);
    printf("%ld\n", -big - 1);
    return 0;
}
// expect: 1000000000000
// expect: 9223372030926249001
// expect: 18446744073709551615
// expect: 9223372036854775807
// expect: -9223372036854775808
