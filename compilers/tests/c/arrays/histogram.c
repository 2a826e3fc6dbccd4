// A histogram of digits in a number sequence.
#include <stdio.h>

int main(void) {
    int hist[10] = {0};
    long v = 31415926535897L;
    while (v > 0) {
        hist[v % 10]++;
        v /= 10;
    }
    for (int d = 0; d < 10; d++) {
        printf("%d ", d);
        for (int k = 0; k < hist[d]; k++) putchar('*');
        putchar('\n');
    }
    return 0;
}
// expect: 0 
// expect: 1 **
// expect: 2 *
// expect: 3 **
// expect: 4 *
// expect: 5 ***
// expect: 6 *
// expect: 7 *
// expect: 8 *
// expect: 9 **
