// short is 16 bits.
#include <stdio.h>

int main(void) {
    short s = 32767;
    s++;
    printf("%d\n", s);
    unsigned short us = 65535;
    us += 3;
    printf("%d\n", us);
    short t = (short)70000;
    printf("%d\n", t);
    return 0;
}
// expect: -32768
// expect: 2
// expect: 4464
