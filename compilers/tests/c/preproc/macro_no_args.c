// A function-like macro with no parameters, and a name used without parentheses.
#include <stdio.h>

#define NEWLINE() putchar('\n')
#define twice(x) ((x) * 2)

int twice_fn(int (x)) { return x + x; }

int main(void) {
    printf("%d", twice(21));
    NEWLINE();
    printf("%d", twice_fn(4));
    NEWLINE();
    return 0;
}
// expect: 42
// expect: 8
