// do-while runs its body at least once.
#include <stdio.h>

int main(void) {
    int i = 10;
    do {
        printf("%d\n", i);
        i++;
    } while (i < 3);
    int n = 0;
    do n += 2; while (n < 7);
    printf("%d\n", n);
    return 0;
}
// expect: 10
// expect: 8
