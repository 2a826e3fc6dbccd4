// The conditional operator, nested.
#include <stdio.h>

int sign(int x) { return x > 0 ? 1 : x < 0 ? -1 : 0; }

int main(void) {
    printf("%d %d %d\n", sign(42), sign(-3), sign(0));
    int a = 3, b = 7;
    int max = a > b ? a : b;
    printf("%d\n", max);
    printf("%s\n", a == 3 ? "three" : "other");
    return 0;
}
// expect: 1 -1 0
// expect: 7
// expect: three
