// putchar and puts.
#include <stdio.h>

int main(void) {
    for (char c = 'a'; c <= 'e'; c++) putchar(c);
    putchar('\n');
    puts("puts adds a newline");
    puts("");
    int r = putchar('!');
    putchar('\n');
    printf("%d\n", r);
    return 0;
}
// expect: abcde
// expect: puts adds a newline
// expect:
// expect: !
// expect: 33
