// A pointer to a library function is outside the subset: the runtime is linked after checking.
#include <stdio.h>

int twice(int x) { return 2 * x; }

int main(void) {
    int (*mine)(int) = twice;
    int (*out)(const char *) = puts;
    void *p = &putchar;
    return mine(1) + out("x");
}
// error: 8:32: the address of library function 'puts' cannot be taken
// error: 9:16: the address of library function 'putchar' cannot be taken
