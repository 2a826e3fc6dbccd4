// Operands narrower than int are promoted before arithmetic.
#include <stdio.h>

int main(void) {
    unsigned char a = 250;
    unsigned char b = 10;
    int sum = a + b;
    unsigned char wrapped = a + b;
    printf("%d %d\n", sum, wrapped);
    char c = -1;
    unsigned char d = c;
    printf("%d %d\n", c == d, d);
    short s = -2;
    unsigned short us = s;
    printf("%d\n", us);
    printf("%d\n", ~(unsigned char)0);
    return 0;
}
// expect: 260 4
// expect: 0 255
// expect: 65534
// expect: -1
