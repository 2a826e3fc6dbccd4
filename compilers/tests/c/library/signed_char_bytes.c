// A byte above 127 written in a string literal is a signed char (gcc's char is signed on x86-64), and
// memset stores its byte as the element's type reads it (expected output from gcc).
#include <stdio.h>
#include <string.h>

int main(void) {
    char s[] = "\xff\x80z\377";
    printf("%d %d %d %d\n", s[0], s[1], s[2], s[3]);
    unsigned char u[] = "\xff";
    printf("%d %d\n", u[0], (unsigned char)s[1]);
    const char *p = "\xfe";
    printf("%d %d\n", *p, *p == '\xfe');
    int a[4];
    memset(a, 0xff, sizeof a);
    printf("%d\n", a[0]);
    memset(a, 1, sizeof a);
    printf("%d\n", a[2]);
    char c[4];
    memset(c, 200, sizeof c);
    printf("%d\n", c[1]);
    unsigned char b[3];
    memset(b, -1, 3);
    printf("%d\n", b[0]);
    short h[2];
    memset(h, 0x81, sizeof h);
    printf("%d\n", h[1]);
    long l[2];
    memset(l, 0, sizeof l);
    printf("%ld\n", l[0] + l[1]);
    return 0;
}
// expect: -1 -128 122 -1
// expect: 255 128
// expect: -2 1
// expect: -1
// expect: 16843009
// expect: -56
// expect: 255
// expect: -32383
// expect: 0
