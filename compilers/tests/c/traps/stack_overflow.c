// Unbounded recursion runs out of Store and stops with stack_overflow, never corrupting data.
#include <stdio.h>

int depth(int n) {
    int pad[8];
    pad[n % 8] = n;
    return depth(n + 1) + pad[n % 8];
}

int main(void) {
    printf("start\n");
    printf("%d\n", depth(0));
    return 0;
}
// expect: start
// expect runtime error: stack_overflow
