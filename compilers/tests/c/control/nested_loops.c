// A multiplication table with nested loops.
#include <stdio.h>

int main(void) {
    for (int i = 1; i <= 4; i++) {
        for (int j = 1; j <= 4; j++) printf("%3d", i * j);
        printf("\n");
    }
    return 0;
}
// expect:   1  2  3  4
// expect:   2  4  6  8
// expect:   3  6  9 12
// expect:   4  8 12 16
