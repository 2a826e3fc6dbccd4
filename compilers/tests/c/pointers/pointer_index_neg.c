// Negative indexes from a pointer into the middle of an array.
#include <stdio.h>

int main(void) {
    char word[] = "engine";
    char *mid = word + 3;
    printf("%c%c%c\n", mid[-3], mid[-1], mid[2]);
    printf("%s\n", mid);
    return 0;
}
// expect: ege
// expect: ine
