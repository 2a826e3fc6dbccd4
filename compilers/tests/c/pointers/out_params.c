// Returning two results through out-parameters.
#include <stdio.h>

void divmod(int a, int b, int *q, int *r) {
    *q = a / b;
    *r = a % b;
}

int main(void) {
    int q, r;
    divmod(47, 6, &q, &r);
    printf("%d %d\n", q, r);
    divmod(-47, 6, &q, &r);
    printf("%d %d\n", q, r);
    return 0;
}
// expect: 7 5
// expect: -7 -5
