// scanf's conversions as glibc reads them: every integer length and base, %c %s %[...] %n, doubles and
// floats, %*d, widths, and what is left in the input for getchar after a field.
#include <stdio.h>

int main(void) {
    int a, b, x, o, n1, n2;
    unsigned u;
    long l;
    long long ll;
    char c, s[20], set[20];
    double d;
    float f;
    int r = scanf("%d %i %u %ld %lld %x %o", &a, &b, &u, &l, &ll, &x, &o);
    printf("%d: %d %d %u %ld %lld %d %d\n", r, a, b, u, l, ll, x, o);
    r = scanf(" %c%s %[a-z]%n", &c, s, set, &n1);
    printf("%d: %c %s %s %d\n", r, c, s, set, n1);
    r = scanf("%lf %f %*d %3d%n", &d, &f, &n2, &n1);
    printf("%d: %.17g %.9g %d %d\n", r, d, f, n2, n1);
    printf("left: %c", getchar());
    printf("%c\n", getchar());
    r = scanf("%d", &a);
    printf("%d\n", r);
    r = scanf("%d", &a);
    printf("%d at the end\n", r);
    return 0;
}
// stdin: 10 0x1f 4000000000 -99999999999 123456789012345 ff 777
// stdin:  Zhello world
// stdin: 2.5 1.1e-3 7 12345
// stdin: abc
// expect: 7: 10 31 4000000000 -99999999999 123456789012345 255 511
// expect: 3: Z hello world 14
// expect: 3: 2.5 0.00109999999 123 17
// expect: left: 45
// expect: 0
// expect: 0 at the end
