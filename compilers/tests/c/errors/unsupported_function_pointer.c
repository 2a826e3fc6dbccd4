// A pointer to a library function whose calls the lowering rewrites (byte counts made words, variable
// arguments made a block) is outside the subset; one the runtime defines as it is (puts) is not.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int twice(int x) { return 2 * x; }

int main(void) {
    int (*mine)(int) = twice;
    int (*out)(const char *) = puts;
    int (*print)(const char *, ...) = printf;
    void *p = &memcpy;
    void *(*get)(size_t) = malloc;
    return mine(1) + out("x") + (p != 0) + (get != 0) + (print != 0);
}
// error: 12:39: the address of library function 'printf' cannot be taken
// error: 13:16: the address of library function 'memcpy' cannot be taken
// error: 14:28: the address of library function 'malloc' cannot be taken
