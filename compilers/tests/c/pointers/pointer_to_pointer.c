// A pointer to a pointer, changed through a function.
#include <stdio.h>

int first = 1, second = 2;

void redirect(int **pp) {
    *pp = &second;
}

int main(void) {
    int *p = &first;
    int **pp = &p;
    printf("%d\n", **pp);
    redirect(pp);
    printf("%d %d\n", *p, **pp);
    **pp = 99;
    printf("%d\n", second);
    return 0;
}
// expect: 1
// expect: 2 2
// expect: 99
