// The remainder by zero traps too.
#include <stdio.h>

int main(void) {
    int values[3] = {3, 0, 5};
    for (int i = 0; i < 3; i++) printf("%d\n", 100 % values[i]);
    return 0;
}
// expect: 1
// expect runtime error: division_by_zero at line 6
