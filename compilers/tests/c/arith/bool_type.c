// _Bool converts any nonzero value to 1.
#include <stdio.h>
#include <stdbool.h>

int main(void) {
    _Bool a = 5;
    bool b = 0;
    bool c = -3;
    printf("%d %d %d\n", a, b, c);
    bool flag = true;
    flag = !flag;
    printf("%d\n", flag);
    int n = a + c;
    printf("%d\n", n);
    return 0;
}
// expect: 1 0 1
// expect: 0
// expect: 2
