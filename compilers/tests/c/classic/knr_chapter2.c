// K&R chapter 2 and 3 exercises: getbits, setbits, invert, rightrot, bitcount, itoa of INT_MIN, itob, escape, htoi, <limits.h> (expected output from gcc).
#include <stdio.h>
#include <limits.h>
#include <string.h>

unsigned getbits(unsigned x, int p, int n) { return (x >> (p+1-n)) & ~(~0 << n); }
unsigned setbits(unsigned x, int p, int n, unsigned y) {
    return (x & ~(~(~0u << n) << (p+1-n))) | ((y & ~(~0u << n)) << (p+1-n));
}
unsigned invert(unsigned x, int p, int n) { return x ^ (~(~0u << n) << (p+1-n)); }
unsigned rightrot(unsigned x, int n) {
    while (n-- > 0) x = (x & 1) ? (x >> 1) | ~(~0u >> 1) : x >> 1;
    return x;
}
int bitcount(unsigned x) { int b; for (b = 0; x != 0; x &= (x-1)) b++; return b; }

void reverse(char s[]) { int c, i, j; for (i = 0, j = strlen(s)-1; i < j; i++, j--) { c = s[i]; s[i] = s[j]; s[j] = c; } }

void itoa(int n, char s[]) {
    int i = 0, sign = n;
    do { int d = n % 10; s[i++] = (d < 0 ? -d : d) + '0'; } while ((n /= 10) != 0);
    if (sign < 0) s[i++] = '-';
    s[i] = '\0';
    reverse(s);
}

void itob(int n, char s[], int b) {
    unsigned u = n; int i = 0;
    do { int d = u % b; s[i++] = d < 10 ? d + '0' : d - 10 + 'a'; } while ((u /= b) > 0);
    s[i] = '\0';
    reverse(s);
}

void escape(char *s, const char *t) {
    for (; *t; t++)
        switch (*t) {
        case '\n': *s++ = '\\'; *s++ = 'n'; break;
        case '\t': *s++ = '\\'; *s++ = 't'; break;
        default: *s++ = *t; break;
        }
    *s = '\0';
}

int htoi(const char *s) {
    int n = 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
    for (; *s; s++) {
        int d;
        if (*s >= '0' && *s <= '9') d = *s - '0';
        else if (*s >= 'a' && *s <= 'f') d = *s - 'a' + 10;
        else if (*s >= 'A' && *s <= 'F') d = *s - 'A' + 10;
        else break;
        n = 16 * n + d;
    }
    return n;
}

int main(void) {
    printf("%u %u %u %u %d\n", getbits(0xABCD, 7, 4), setbits(0xFF00, 11, 4, 0x5), invert(0xF0F0, 7, 8), rightrot(0x1, 1), bitcount(0xFFFF));
    char buf[64];
    itoa(INT_MIN, buf); printf("%s ", buf);
    itoa(1234, buf); printf("%s ", buf);
    itob(255, buf, 16); printf("%s ", buf);
    itob(-1, buf, 2); printf("%s\n", buf);
    escape(buf, "a\tb\nc"); printf("%s %d %d\n", buf, htoi("0x1F"), htoi("ff"));
    printf("%d %d %d %d\n", CHAR_MIN, SCHAR_MAX, SHRT_MIN, USHRT_MAX);
    printf("%ld %lu %lld\n", LONG_MIN, ULONG_MAX, LLONG_MAX);
    return 0;
}
// expect: 12 62720 61455 2147483648 16
// expect: -2147483648 1234 ff 11111111111111111111111111111111
// expect: a\tb\nc 31 255
// expect: -128 127 -32768 65535
// expect: -9223372036854775808 18446744073709551615 9223372036854775807
