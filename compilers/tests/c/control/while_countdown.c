// A countdown with a post-decrement condition.
#include <stdio.h>

int main(void) {
    int n = 5;
    while (n--) printf("%d ", n);
    printf("| %d\n", n);
    return 0;
}
// expect: 4 3 2 1 0 | -1
