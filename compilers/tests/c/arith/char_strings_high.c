// Strings whose bytes are above 127, written with escapes: a char reads them as negative numbers, an
// unsigned char as 128 to 255, whichever type the string was stored through. Each expected line is what
// gcc 13 on x86-64 prints for this program.
#include <stdio.h>
#include <string.h>

static int sum_unsigned(const char *s) {
    int total = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) total += *p;
    return total;
}

static int count_negative(const unsigned char *s) {
    int n = 0;
    for (const char *p = (const char *)s; *p; p++) n += *p < 0;
    return n;
}

int main(void) {
    const char *s = "A\xff\x80z";
    printf("%d %d %d %d\n", s[0], s[1], s[2], s[3]);
    const unsigned char *u = (const unsigned char *)s;
    printf("%d %d %d %d\n", u[0], u[1], u[2], u[3]);
    printf("%d\n", sum_unsigned(s));

    unsigned char raw[] = "\xc3\xa9t\xc3\xa9";
    printf("%d %d\n", count_negative(raw), (int)strlen((char *)raw));
    printf("%d %d\n", raw[0], ((char *)raw)[0]);

    // A byte table by unsigned char, indexed by a char's bytes made unsigned (the usual idiom).
    int seen[256] = {0};
    for (const char *p = "\xe9\xe9\x41"; *p; p++) seen[(unsigned char)*p]++;
    printf("%d %d\n", seen[0xe9], seen['A']);

    // Bytes copied with memcpy from unsigned chars into chars.
    char copy[3];
    unsigned char from[3] = {1, 129, 255};
    memcpy(copy, from, 3);
    printf("%d %d %d\n", copy[0], copy[1], copy[2]);
    return 0;
}
// expect: 65 -1 -128 122
// expect: 65 255 128 122
// expect: 570
// expect: 4 5
// expect: 195 -61
// expect: 2 1
// expect: 1 -127 -1
