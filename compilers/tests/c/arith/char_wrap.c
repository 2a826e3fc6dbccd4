// Narrowing conversions truncate: char is signed 8 bits.
#include <stdio.h>

int main(void) {
    char c = 127;
    c = c + 1;
    printf("%d\n", c);
    unsigned char uc = 255;
    uc++;
    printf("%d\n", uc);
    char d = (char)300;
    printf("%d\n", d);
    signed char e = -129;
    printf("%d\n", e);
    unsigned char f = -1;
    printf("%d\n", f);
    return 0;
}
// expect: -128
// expect: 0
// expect: 44
// expect: 127
// expect: 255
