// Sum, minimum and maximum of an array.
#include <stdio.h>

int main(void) {
    int a[8] = {12, -4, 33, 7, 0, 19, -21, 5};
    int sum = 0, min = a[0], max = a[0];
    for (int i = 0; i < 8; i++) {
        sum += a[i];
        if (a[i] < min) min = a[i];
        if (a[i] > max) max = a[i];
    }
    printf("%d %d %d\n", sum, min, max);
    return 0;
}
// expect: 51 -21 33
