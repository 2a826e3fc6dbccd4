// The limits of the integer types, from limits.h.
#include <stdio.h>
#include <limits.h>

int main(void) {
    printf("%d %d\n", INT_MAX, INT_MIN);
    printf("%u\n", UINT_MAX);
    printf("%d %d %d\n", CHAR_MIN, CHAR_MAX, UCHAR_MAX);
    printf("%d %d\n", SHRT_MIN, SHRT_MAX);
    printf("%ld %ld\n", LONG_MAX, LONG_MIN);
    printf("%lu\n", ULONG_MAX);
    printf("%d\n", CHAR_BIT);
    return 0;
}
// expect: 2147483647 -2147483648
// expect: 4294967295
// expect: -128 127 255
// expect: -32768 32767
// expect: 9223372036854775807 -9223372036854775808
// expect: 18446744073709551615
// expect: 8
