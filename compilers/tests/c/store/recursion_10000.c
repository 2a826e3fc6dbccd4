// Recursion 10,000 deep runs in the Store sized for the program (each frame holds a local array too).
#include <stdio.h>

long sum_down(int n) {
    int pad[4];
    pad[n % 4] = n;
    if (n == 0)
        return 0;
    return pad[n % 4] + sum_down(n - 1);
}

int main(void) {
    printf("%ld\n", sum_down(10000));
    return 0;
}
// 10000 * 10001 / 2, worked by hand and printed by gcc's build alike.
// expect: 50005000
