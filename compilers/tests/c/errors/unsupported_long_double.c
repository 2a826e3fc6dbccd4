// long double (x86-64's 80-bit format) is outside the subset: double and float are IEEE 754.
#include <stdio.h>

int main(void) {
    long double x = 1.5;
    printf("%d\n", (int)x);
    return 0;
}
// error: 5:5: 'long double' is not supported
