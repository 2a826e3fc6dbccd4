// long long and unsigned long long with %lld %llu %llx %lx (expected output from gcc).
#include <stdio.h>

int main(void) {
    long long a = 9000000000LL;
    unsigned long long b = 18446744073709551615ULL;
    long x = -5;
    printf("%lld %llu %llx %lx %lu\n", a * 3, b, b, (long)255, (unsigned long)x);
    unsigned long long h = 14695981039346656037ULL;
    for (int i = 0; i < 5; i++) {
        h ^= (unsigned long long)i;
        h *= 1099511628211ULL;
    }
    printf("%llu %lld %llX\n", h, -a, h);
    long long m = -9223372036854775807LL - 1;
    printf("%lld %lli %llu\n", m, m + 1, (unsigned long long)m);
    return 0;
}
// expect: 27000000000 18446744073709551615 ffffffffffffffff ff 18446744073709551611
// expect: 3708964778940489647 -9000000000 3378E3D0C52EDFAF
// expect: -9223372036854775808 -9223372036854775807 9223372036854775808
