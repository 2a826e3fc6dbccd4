// Decimal, octal, hexadecimal and character constants.
#include <stdio.h>

int main(void) {
    printf("%d %d %d\n", 42, 052, 0x2A);
    printf("%d %d %d\n", 'A', '\n', '\\');
    printf("%d %d\n", '\0', '\x41');
    printf("%u %ld\n", 10u, 10L);
    printf("%d\n", 0XfF);
    return 0;
}
// expect: 42 42 42
// expect: 65 10 92
// expect: 0 65
// expect: 10 10
// expect: 255
