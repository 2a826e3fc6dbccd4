// exit(n) from deep in the calls ends the program at once with status n.
#include <stdio.h>
#include <stdlib.h>

void descend(int n) {
    if (n == 0) {
        printf("bottom\n");
        exit(7);
    }
    descend(n - 1);
    printf("never printed\n");
}

int main(void) {
    descend(20);
    return 0;
}
// expect: bottom
// expect exit: 7
