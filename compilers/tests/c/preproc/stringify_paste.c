// The # and ## operators.
#include <stdio.h>

#define SHOW(expr) printf("%s = %d\n", #expr, expr)
#define VAR(n) value_##n

int main(void) {
    int VAR(1) = 10, VAR(2) = 20;
    SHOW(VAR(1) + VAR(2));
    SHOW(3 * 4);
    return 0;
}
// expect: VAR(1) + VAR(2) = 30
// expect: 3 * 4 = 12
