// Explicit casts between integer types.
#include <stdio.h>

int main(void) {
    int big = 1000;
    printf("%d %d\n", (char)big, (unsigned char)big);
    printf("%u\n", (unsigned int)-5);
    long l = 4294967297L;
    printf("%d\n", (int)l);
    printf("%d\n", (short)-32769);
    printf("%ld\n", (long)(unsigned int)-1);
    printf("%d\n", (int)(char)(200 + 56));
    return 0;
}
// expect: -24 232
// expect: 4294967291
// expect: 1
// expect: 32767
// expect: 4294967295
// expect: 0
