// Dividing by zero stops the run with the division_by_zero trap, after the output before it.
#include <stdio.h>

int divide(int a, int b) { return a / b; }

int main(void) {
    printf("%d\n", divide(10, 2));
    int zero = 0;
    printf("%d\n", divide(1, zero));
    printf("not reached\n");
    return 0;
}
// expect: 5
// expect runtime error: division_by_zero at line 4
