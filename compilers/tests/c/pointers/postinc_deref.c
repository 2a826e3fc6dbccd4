// *p++ reads then advances; (*p)++ increments the pointee.
#include <stdio.h>

int main(void) {
    int a[4] = {1, 2, 3, 4};
    int *p = a;
    int x = *p++;
    int y = *p++;
    (*p)++;
    printf("%d %d %d %d\n", x, y, a[2], *p);
    int *q = a + 3;
    int z = *q--;
    printf("%d %d\n", z, *q);
    return 0;
}
// expect: 1 2 4 4
// expect: 4 4
