// What main returns is the program's exit status, as a test that reports failure with 1 would.
#include <stdio.h>

int check(int got, int wanted) {
    if (got != wanted) {
        printf("FAIL: %d != %d\n", got, wanted);
        return 1;
    }
    return 0;
}

int main(void) {
    int failures = check(2 + 2, 4) + check(6 * 7, 41);
    return failures;
}
// expect: FAIL: 42 != 41
// expect exit: 1
