// Operator precedence and associativity, checked against gcc.
#include <stdio.h>

int main(void) {
    int x = 2 + 3 * 4 - 6 / 2;
    int y = (2 + 3) * (4 - 6) / 2;
    int z = 100 / 10 / 5;
    int w = 2 - 3 - 4;
    printf("%d %d %d %d\n", x, y, z, w);
    printf("%d\n", 1 + 2 << 3);
    printf("%d\n", 5 & 3 | 8 ^ 2);
    printf("%d\n", 1 < 2 == 3 > 2);
    return 0;
}
// expect: 11 -5 2 -5
// expect: 24
// expect: 11
// expect: 1
