// %x in lower case hexadecimal.
#include <stdio.h>

int main(void) {
    printf("%x %x %x\n", 0, 255, 4096);
    printf("%x\n", -1);
    printf("[%4x] [%04x] [%-4x]\n", 171, 171, 171);
    printf("%lx\n", 1099511627775L);
    printf("%x\n", 3735928559u);
    return 0;
}
// expect: 0 ff 1000
// expect: ffffffff
// expect: [  ab] [00ab] [ab  ]
// expect: ffffffffff
// expect: deadbeef
