// sscanf's return value as glibc's (fields assigned; EOF when the text ends before the first), literal
// matching, %%, widths, %n, sets, prefixes of %i, and doubles in every form strtod reads.
#include <stdio.h>

int main(void) {
    int a = 0, b = 0, x = 0;
    unsigned u = 0;
    double d = 0;
    char s[20], set[20];
    int r = sscanf("12 abc 3.5e2 x", "%d %3s%*s %lf %d", &a, s, &d, &b);
    printf("%d %d %s %g\n", r, a, s, d);
    printf("%d ", sscanf("", "%d", &a));
    printf("%d ", sscanf("  ", "%d", &a));
    printf("%d ", sscanf("x", "%d", &a));
    printf("%d ", sscanf("5", "%d%d", &a, &b));
    printf("%d ", sscanf("5", "%*d%d", &a));
    printf("%d\n", sscanf("", "abc"));
    r = sscanf("ab", "a%n", &a);
    printf("%d %d\n", r, a);
    r = sscanf("0x1F 017 -0x10", "%i %i %i", &a, &b, &x);
    printf("%d %d %d %d\n", r, a, b, x);
    r = sscanf("-12abc", "%d%2c", &a, s);
    printf("%d %d %c%c\n", r, a, s[0], s[1]);
    r = sscanf("4294967295", "%u", &u);
    printf("%d %u\n", r, u);
    r = sscanf("4294967295 ffffffff 80000000", "%u %x %X", &a, &b, &x);
    printf("%d %d %d %d\n", r, a, b, x);
    r = sscanf("inf nan 1e400 0x1p-3 .5", "%lf %lf %lf %lf %lf", &d, &d, &d, &d, &d);
    printf("%d %g\n", r, d);
    r = sscanf("key=value;", "%[^=]=%[^;]", s, set);
    printf("%d %s %s\n", r, s, set);
    r = sscanf("100%", "%d%%", &a);
    printf("%d %d\n", r, a);
    r = sscanf("12345", "%2d%3d", &a, &b);
    printf("%d %d %d\n", r, a, b);
    r = sscanf("date: 2026-12-05", "date: %d-%d-%d", &a, &b, &x);
    printf("%d %d/%d/%d\n", r, x, b, a);
    return 0;
}
// expect: 2 12 abc 0
// expect: -1 -1 0 1 -1 -1
// expect: 0 1
// expect: 3 31 15 -16
// expect: 2 -12 ab
// expect: 1 4294967295
// expect: 3 -1 -1 -2147483648
// expect: 5 0.5
// expect: 2 key value
// expect: 1 100
// expect: 2 12 345
// expect: 3 5/12/2026
