// Every compound assignment operator.
#include <stdio.h>

int main(void) {
    int x = 10;
    x += 5; printf("%d\n", x);
    x -= 3; printf("%d\n", x);
    x *= 4; printf("%d\n", x);
    x /= 5; printf("%d\n", x);
    x %= 4; printf("%d\n", x);
    x <<= 3; printf("%d\n", x);
    x >>= 1; printf("%d\n", x);
    x &= 6; printf("%d\n", x);
    x |= 9; printf("%d\n", x);
    x ^= 3; printf("%d\n", x);
    char c = 100;
    c += 100;
    printf("%d\n", c);
    return 0;
}
// expect: 15
// expect: 12
// expect: 48
// expect: 9
// expect: 1
// expect: 8
// expect: 4
// expect: 4
// expect: 13
// expect: 14
// expect: -56
