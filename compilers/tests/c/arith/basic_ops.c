// The four operations and remainder on int.
#include <stdio.h>

int main(void) {
    int a = 17, b = 5;
    printf("%d %d %d %d %d\n", a + b, a - b, a * b, a / b, a % b);
    printf("%d\n", a * b - a / b + a % b);
    return 0;
}
// expect: 22 12 85 3 2
// expect: 84
