// #if with arithmetic, character constants and undefined names (which are 0).
#include <stdio.h>

#define SIZE 12

int main(void) {
#if SIZE % 4 == 0 && (SIZE / 4) >= 3
    printf("divisible\n");
#endif
#if UNDEFINED_NAME
    printf("undefined is true\n");
#else
    printf("undefined is zero\n");
#endif
#if 'A' == 65 ? 1 : 0
    printf("ascii\n");
#endif
#if (1 << 4) - 1 == 0xF && !(3 > 4) && -2 < 0
    printf("operators\n");
#endif
    return 0;
}
// expect: divisible
// expect: undefined is zero
// expect: ascii
// expect: operators
