// strtol, strtoul, atol, atoll, abs, labs, llabs (expected output from gcc).
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    char *end;
    long v = strtol("  -1234xyz", &end, 10);
    printf("%ld [%s]\n", v, end);
    printf("%ld %ld %ld %ld\n", strtol("ff", NULL, 16), strtol("0x1F", NULL, 0), strtol("0777", NULL, 0),
           strtol("z", NULL, 36));
    v = strtol("abc", &end, 10);
    printf("%ld [%s]\n", v, end);
    v = strtol("99999999999999999999", &end, 10);
    printf("%ld [%s]\n", v, end);
    printf("%ld\n", strtol("-99999999999999999999", NULL, 10));
    printf("%lu %lu\n", strtoul("4000000000", NULL, 10), strtoul("-1", NULL, 10));
    printf("%lld %llu\n", strtoll("-42", NULL, 0), strtoull("0x10", NULL, 16));
    printf("%d %ld %lld %d\n", abs(-4), labs(-5L), llabs(-6LL), atoi("  +17"));
    printf("%ld %lld\n", atol("123456789012"), atoll("-99"));
    v = strtol("0x", &end, 16);
    printf("%ld [%s]\n", v, end);
    return 0;
}
// expect: -1234 [xyz]
// expect: 255 31 511 35
// expect: 0 [abc]
// expect: 9223372036854775807 []
// expect: -9223372036854775808
// expect: 4000000000 18446744073709551615
// expect: -42 16
// expect: 4 5 6 17
// expect: 123456789012 -99
// expect: 0 [x]
