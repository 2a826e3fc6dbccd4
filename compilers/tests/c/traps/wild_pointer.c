// A store through a pointer outside the Store traps store_out_of_range.
#include <stdio.h>

int main(void) {
    int a[4] = {1, 2, 3, 4};
    int *p = a;
    printf("%d\n", p[1]);
    p[100000] = 5;
    printf("not reached\n");
    return 0;
}
// expect: 2
// expect runtime error: store_out_of_range at line 8
