// A process's status is the low 8 bits of what main returns: 300 exits with 44, -1 with 255.
#include <stdio.h>

int deepest = 0;

int main(void) {
    deepest = deepest + 1;
    if (deepest == 1) {
        printf("%d\n", main());
        return 300;
    }
    return -1;
}
// main called again returns -1 to its caller; the outer main's 300 is the status, as gcc's build gives.
// expect: -1
// expect exit: 44
