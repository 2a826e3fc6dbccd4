// Pieces of <stdlib.h>, <stdio.h> and <math.h> that ordinary programs lean on: div and ldiv (div_t,
// ldiv_t: a struct returned by the library), C's division and remainder of negatives, strtoul and strtol
// with base 0, %.0f's rounding to even, %g's choice of notation, unsigned wrap, printf's count, glibc's
// rand sequence for a seed, snprintf's count when cut short, flags, strstr, floor/ceil/round/fmod.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <limits.h>
#include <math.h>
int main(void) {
    div_t q = div(-17, 5); ldiv_t lq = ldiv(1000000007L, 97L);
    printf("%d %d %ld %ld\n", q.quot, q.rem, lq.quot, lq.rem);
    printf("%d %d %d %d\n", -17 / 5, -17 % 5, 17 / -5, 17 % -5);
    printf("%lu %ld %lu\n", strtoul("0x1fZ", NULL, 0), strtol("0777", NULL, 0), strtoul("-1", NULL, 10));
    printf("%.0f %.0f %.0f %g %g %g %g\n", 0.5, 1.5, 2.5, 100000.0, 1e6, 0.0001, 123456789.0);
    unsigned int u = UINT_MAX; u += 2; printf("%u %d\n", u, INT_MIN / -1 == INT_MIN ? 0 : 1);
    int n = printf("hello\n"); printf("%d %d\n", n, isalpha(EOF));
    srand(42); int r1 = rand(), r2 = rand(); printf("%d %d %d\n", r1, r2, RAND_MAX);
    printf("%c%c%c\n", 65, 'b' - 32, '0' + 7);
    char buf[8]; int k = snprintf(buf, sizeof buf, "%d", 123456789); printf("%d %s\n", k, buf);
    printf("%5.2e|%-8.3g|%#x|%#o|%+d|% d\n", 12345.678, 0.000123456, 255, 8, 5, 5);
    printf("%s\n", strstr("haystack with needle", "needle"));
    printf("%.3f %.3f %.3f %.3f\n", floor(-2.5), ceil(-2.5), round(-2.5), fmod(-7.5, 2));
    printf("%d\n", abs(-42) + (int)labs(-8L));
    long long x = 9223372036854775807LL; printf("%lld %llu\n", x, (unsigned long long)x * 2 + 1);
    char name[] = "analytical engine"; name[0] = toupper(name[0]); printf("%s %zu\n", name, strlen(name));
    return 0;
}
// expect: -3 -2 10309278 41
// expect: -3 -2 -3 2
// expect: 31 511 18446744073709551615
// expect: 0 2 2 100000 1e+06 0.0001 1.23457e+08
// expect: 1 0
// expect: hello
// expect: 6 0
// expect: 71876166 708592740 2147483647
// expect: AB7
// expect: 9 1234567
// expect: 1.23e+04|0.000123|0xff|010|+5| 5
// expect: needle
// expect: -3.000 -2.000 -3.000 -1.500
// expect: 50
// expect: 9223372036854775807 18446744073709551615
// expect: Analytical engine 17
