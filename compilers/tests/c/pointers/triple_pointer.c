// Three levels of indirection.
#include <stdio.h>

int main(void) {
    int v = 7;
    int *p = &v;
    int **pp = &p;
    int ***ppp = &pp;
    ***ppp = 8;
    printf("%d %d\n", v, **pp + *p);
    return 0;
}
// expect: 8 16
