// feof reads stdin's end-of-file indicator: set when a read meets the end, cleared by ungetc and clearerr.
#include <stdio.h>
int main(void) {
    int x, n = 0;
    printf("%d %d\n", feof(stdin), ferror(stdin));
    while (!feof(stdin)) {
        if (scanf("%d", &x) == 1) n += x;
    }
    printf("%d %d\n", n, feof(stdin) != 0);
    ungetc('7', stdin);
    printf("%d ", feof(stdin) != 0);
    int c = getchar();
    printf("%c %d ", c, getchar());
    printf("%d ", feof(stdin) != 0);
    clearerr(stdin);
    printf("%d\n", feof(stdin) != 0);
    return 0;
}
// stdin: 1 2 3
// stdin: 4
// expect: 0 0
// expect: 10 1
// expect: 0 7 -1 1 0
