// A function that is declared and called but never defined is reported at its first call.
#include <stdio.h>

int helper(int x);

int main(void) {
    printf("%d\n", helper(2));
    printf("%d\n", helper(3));
    return 0;
}
// error: 7:20: undefined reference to 'helper'
