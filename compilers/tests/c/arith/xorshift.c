// A 32-bit xorshift pseudo-random generator: shifts and xor on unsigned.
#include <stdio.h>

unsigned int state = 2463534242u;

unsigned int next(void) {
    state ^= state << 13;
    state ^= state >> 17;
    state ^= state << 5;
    return state;
}

int main(void) {
    for (int i = 0; i < 5; i++) printf("%u\n", next());
    printf("%u\n", next() % 100);
    return 0;
}
// expect: 723471715
// expect: 2497366906
// expect: 2064144800
// expect: 2008045182
// expect: 3532304609
// expect: 82
