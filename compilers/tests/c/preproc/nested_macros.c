// Macros expanding to other macros, and a macro that names itself.
#include <stdio.h>

#define ONE 1
#define TWO (ONE + ONE)
#define FOUR (TWO * TWO)
#define DOUBLE(x) (2 * (x))
#define QUAD(x) DOUBLE(DOUBLE(x))
#define count count

int main(void) {
    int count = FOUR;
    printf("%d %d %d\n", count, QUAD(FOUR), DOUBLE(TWO + 1));
    return 0;
}
// expect: 4 16 6
