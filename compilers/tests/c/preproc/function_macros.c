// Function-like macros, parenthesised against precedence surprises.
#include <stdio.h>

#define SQUARE(x) ((x) * (x))
#define MAX(a, b) ((a) > (b) ? (a) : (b))
#define MIN(a, b) ((a) < (b) ? (a) : (b))
#define CLAMP(v, lo, hi) MIN(MAX(v, lo), hi)

int main(void) {
    printf("%d %d\n", SQUARE(3 + 1), SQUARE(-5));
    printf("%d %d\n", MAX(4, 9), MIN(4, 9));
    printf("%d %d %d\n", CLAMP(-3, 0, 10), CLAMP(5, 0, 10), CLAMP(42, 0, 10));
    return 0;
}
// expect: 16 25
// expect: 9 4
// expect: 0 5 10
