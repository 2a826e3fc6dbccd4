// Division truncates toward zero; the remainder takes the dividend's sign.
#include <stdio.h>

int main(void) {
    printf("%d %d\n", -7 / 2, -7 % 2);
    printf("%d %d\n", 7 / -2, 7 % -2);
    printf("%d %d\n", -7 / -2, -7 % -2);
    printf("%d %d\n", 0 / 5, 0 % 5);
    return 0;
}
// expect: -3 -1
// expect: -3 1
// expect: 3 -1
// expect: 0 0
