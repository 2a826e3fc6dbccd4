// An initialiser shorter than the array zeroes the rest.
#include <stdio.h>

int g[6] = {1, 2};

int main(void) {
    int a[6] = {7, 8, 9};
    int z[4] = {0};
    for (int i = 0; i < 6; i++) printf("%d%d ", a[i], g[i]);
    printf("| %d %d\n", z[0], z[3]);
    return 0;
}
// expect: 71 82 90 00 00 00 | 0 0
