// A UTF-8 byte-order mark before the first line (Windows editors write one) is not part of the program.
#include <stdio.h>

int main(void) {
    printf("after the mark\n");
    return 0;
}
// expect: after the mark
