// The comma operator evaluates left to right and yields the right operand.
#include <stdio.h>

int main(void) {
    int a, b;
    int c = (a = 3, b = a * 2, a + b);
    printf("%d %d %d\n", a, b, c);
    int i, j;
    for (i = 0, j = 10; i < j; i += 3, j -= 2) {
    }
    printf("%d %d\n", i, j);
    return 0;
}
// expect: 3 6 9
// expect: 6 6
