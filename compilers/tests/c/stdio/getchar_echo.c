// Copying input to output with getchar until EOF, counting lines.
#include <stdio.h>

int main(void) {
    int c, lines = 0, chars = 0;
    while ((c = getchar()) != EOF) {
        chars++;
        if (c == '\n') lines++;
        if (c >= 'a' && c <= 'z') c -= 32;
        putchar(c);
    }
    printf("%d lines %d chars\n", lines, chars);
    return 0;
}
// stdin: first line
// stdin: second one
// expect: FIRST LINE
// expect: SECOND ONE
// expect: 2 lines 22 chars
