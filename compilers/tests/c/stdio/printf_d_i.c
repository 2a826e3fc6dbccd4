// %d and %i, with widths and flags.
#include <stdio.h>

int main(void) {
    printf("[%d] [%i]\n", 42, -42);
    printf("[%5d] [%-5d] [%05d]\n", 42, 42, 42);
    printf("[%5d] [%-5d] [%05d]\n", -42, -42, -42);
    printf("[%1d] [%3i]\n", 12345, 7);
    printf("[%d]\n", 0);
    return 0;
}
// expect: [42] [-42]
// expect: [   42] [42   ] [00042]
// expect: [  -42] [-42  ] [-0042]
// expect: [12345] [  7]
// expect: [0]
