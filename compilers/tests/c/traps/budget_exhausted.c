// A loop that never ends is stopped by the instruction budget.
#include <stdio.h>

int main(void) {
    printf("looping\n");
    unsigned int n = 0;
    while (1) n++;
    return 0;
}
// max-steps: 20000
// expect: looping
// expect runtime error: budget_exhausted at line 7
