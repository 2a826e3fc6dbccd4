// Variadic functions of the program with <stdarg.h>: va_start, va_arg of int, double and char *, va_end,
// va_copy, a call through a pointer to a variadic function, integer promotions of char and unsigned
// arguments, K&R 7.3's minprintf, and the printf family taking a va_list (vprintf, vfprintf to stderr,
// vsprintf, vsnprintf cut short). What goes to stderr is gcc's too (only stdout is compared here).
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}
double average(int n, ...) {
    va_list ap;
    double total = 0;
    va_start(ap, n);
    for (int i = 0; i < n; i++) total += va_arg(ap, double);
    va_end(ap);
    return n ? total / n : 0;
}
void report(const char *level, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "[%s] ", level);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    va_start(ap, fmt);
    printf("%s: ", level);
    vprintf(fmt, ap);
    va_end(ap);
}
char *format(char *buf, size_t n, const char *fmt, ...) {
    va_list ap, copy;
    va_start(ap, fmt);
    va_copy(copy, ap);
    vsnprintf(buf, n, fmt, ap);
    char other[100];
    vsprintf(other, fmt, copy);
    va_end(copy);
    va_end(ap);
    printf("[%s] [%s]\n", buf, other);
    return buf;
}
void minprintf(char *fmt, ...) {
    va_list ap;
    char *p, *sval;
    int ival;
    double dval;
    va_start(ap, fmt);
    for (p = fmt; *p; p++) {
        if (*p != '%') { putchar(*p); continue; }
        switch (*++p) {
        case 'd': ival = va_arg(ap, int); printf("%d", ival); break;
        case 'f': dval = va_arg(ap, double); printf("%f", dval); break;
        case 's': for (sval = va_arg(ap, char *); *sval; sval++) putchar(*sval); break;
        default: putchar(*p); break;
        }
    }
    va_end(ap);
}
int main(void) {
    int (*f)(int, ...) = sum;
    printf("%d %d %d\n", sum(0), sum(3, 1, -2, 30), f(2, 100, -7));
    printf("%.4f %g\n", average(3, 1.5, -2.25, 10.0), average(2, 1e300, -3.0));
    report("warn", "%d items, %.2f%% done, %s\n", 7, 12.5, "ok");
    char buf[12];
    format(buf, sizeof buf, "%s-%05d-%c-%lld", "abc", -42, 'z', -1234567890123LL);
    minprintf("minprintf: %d %f %s %%\n", -5, 2.5, "str");
    long long big = 1LL << 40; unsigned u = 4000000000u; char c = -3;
    printf("%lld\n", (long long)sum(3, c, (int)(big >> 30), (int)u));
    return 0;
}
// expect: 0 29 93
// expect: 3.0833 5e+299
// expect: warn: 7 items, 12.50% done, ok
// expect: [abc--0042-z] [abc--0042-z--1234567890123]
// expect: minprintf: -5 2.500000 str %
// expect: -294966275
