// The usual arithmetic conversions: a signed int meets an unsigned int.
#include <stdio.h>

int main(void) {
    int minus = -1;
    unsigned int one = 1;
    printf("%d\n", minus < one);
    printf("%d\n", minus < (int)one);
    printf("%u\n", minus + one);
    long l = -1;
    printf("%d\n", l < one);
    unsigned char a = 200, b = 100;
    printf("%d\n", a + b);
    printf("%d\n", (unsigned char)(a + b));
    return 0;
}
// expect: 0
// expect: 1
// expect: 0
// expect: 1
// expect: 300
// expect: 44
