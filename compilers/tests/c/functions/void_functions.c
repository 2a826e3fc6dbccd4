// void functions with and without return statements.
#include <stdio.h>

void line(int n, char c) {
    for (int i = 0; i < n; i++) putchar(c);
    putchar('\n');
}

void maybe(int flag) {
    if (!flag) return;
    printf("flag set\n");
}

int main(void) {
    line(5, '=');
    maybe(0);
    maybe(1);
    line(3, '#');
    return 0;
}
// expect: =====
// expect: flag set
// expect: ###
