// A moving window over an array, in long arithmetic.
#include <stdio.h>

int main(void) {
    long readings[10] = {100, 104, 98, 110, 120, 90, 95, 105, 115, 101};
    for (int i = 0; i + 3 <= 10; i++) {
        long s = readings[i] + readings[i + 1] + readings[i + 2];
        printf("%ld ", s / 3);
    }
    printf("\n");
    return 0;
}
// expect: 100 104 109 106 101 96 105 107 
