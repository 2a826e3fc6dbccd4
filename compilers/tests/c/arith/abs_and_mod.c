// abs from stdlib and a positive modulo helper.
#include <stdio.h>
#include <stdlib.h>

int mod(int a, int m) {
    int r = a % m;
    return r < 0 ? r + m : r;
}

int main(void) {
    printf("%d %d %d\n", abs(-12), abs(7), abs(0));
    printf("%d %d %d\n", mod(-7, 3), mod(7, 3), mod(-9, 3));
    return 0;
}
// expect: 12 7 0
// expect: 2 1 0
