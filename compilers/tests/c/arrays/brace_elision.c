// Initialisers of nested arrays without inner braces.
#include <stdio.h>

int flat[2][3] = {1, 2, 3, 4, 5};

int main(void) {
    int local[3][2] = {{1}, {2, 3}, 4};
    for (int i = 0; i < 2; i++) printf("%d %d %d\n", flat[i][0], flat[i][1], flat[i][2]);
    for (int i = 0; i < 3; i++) printf("%d %d\n", local[i][0], local[i][1]);
    return 0;
}
// expect: 1 2 3
// expect: 4 5 0
// expect: 1 0
// expect: 2 3
// expect: 4 0
