// exit stops the program at once.
#include <stdio.h>
#include <stdlib.h>

void check(int v) {
    if (v > 3) {
        printf("too big: %d\n", v);
        exit(0);
    }
}

int main(void) {
    for (int i = 0; i < 10; i++) {
        check(i);
        printf("%d ok\n", i);
    }
    printf("never\n");
    return 0;
}
// expect: 0 ok
// expect: 1 ok
// expect: 2 ok
// expect: 3 ok
// expect: too big: 4
