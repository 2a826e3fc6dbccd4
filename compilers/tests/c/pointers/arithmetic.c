// Pointer arithmetic moves by whole elements.
#include <stdio.h>

int main(void) {
    int a[5] = {10, 20, 30, 40, 50};
    int *p = a;
    printf("%d %d %d\n", *p, *(p + 2), p[4]);
    p += 3;
    printf("%d %d\n", *p, p[-1]);
    int *q = &a[1];
    printf("%d\n", (int)(p - q));
    printf("%d %d\n", p > q, p == q + 2);
    return 0;
}
// expect: 10 30 50
// expect: 40 30
// expect: 2
// expect: 1 1
