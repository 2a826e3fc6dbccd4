// Globals shared between functions, with and without initialisers.
#include <stdio.h>

int counter;
int step = 3;
long total = 1000000000000L;

void bump(void) {
    counter += step;
    total += counter;
}

int main(void) {
    for (int i = 0; i < 4; i++) bump();
    step = -1;
    bump();
    printf("%d %ld\n", counter, total);
    return 0;
}
// expect: 11 1000000000041
