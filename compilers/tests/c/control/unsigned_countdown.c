// Counting down with an unsigned index: the test is i-- > 0, never i >= 0.
#include <stdio.h>

int main(void) {
    int a[5] = {1, 2, 3, 4, 5};
    unsigned int i = 5;
    while (i-- > 0) printf("%d", a[i]);
    printf("\n%u\n", i);
    return 0;
}
// expect: 54321
// expect: 4294967295
