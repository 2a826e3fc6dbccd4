// A fixed Store of 2000 columns, the seed Engine's, cannot hold recursion 10,000 deep: stack_overflow.
#include <stdio.h>

long sum_down(int n) {
    int pad[4];
    pad[n % 4] = n;
    if (n == 0)
        return 0;
    return pad[n % 4] + sum_down(n - 1);
}

int main(void) {
    printf("start\n");
    printf("%ld\n", sum_down(10000));
    return 0;
}
// store: 2000
// expect: start
// expect runtime error: stack_overflow
