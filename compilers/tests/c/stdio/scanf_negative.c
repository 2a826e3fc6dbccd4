// scanf reads negative numbers and the sum is printed with a sign.
#include <stdio.h>

int main(void) {
    int a, b;
    int got = scanf("%d%d", &a, &b);
    printf("%d %d %d\n", got, a, b);
    printf("%d\n", a * b);
    return 0;
}
// stdin: -12 -3
// expect: 2 -12 -3
// expect: 36
