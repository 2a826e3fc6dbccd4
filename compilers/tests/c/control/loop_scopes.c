// Each for loop's variable has its own scope; an inner block shadows an outer name.
#include <stdio.h>

int main(void) {
    int i = 100;
    for (int i = 0; i < 2; i++) printf("inner %d\n", i);
    {
        int i = 7;
        printf("block %d\n", i);
    }
    printf("outer %d\n", i);
    return 0;
}
// expect: inner 0
// expect: inner 1
// expect: block 7
// expect: outer 100
