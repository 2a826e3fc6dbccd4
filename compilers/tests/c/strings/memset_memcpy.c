// memset and memcpy on char and int arrays.
#include <stdio.h>
#include <string.h>

int main(void) {
    char line[11];
    memset(line, '-', 10);
    line[10] = '\0';
    printf("%s\n", line);
    int a[5] = {1, 2, 3, 4, 5};
    int b[5];
    memcpy(b, a, sizeof a);
    memset(a, 0, sizeof(a));
    printf("%d %d %d %d\n", a[0], a[4], b[0], b[4]);
    int c[6] = {9, 9, 9, 9, 9, 9};
    memcpy(c + 1, b, 3 * sizeof(int));
    for (int i = 0; i < 6; i++) printf("%d", c[i]);
    printf("\n");
    return 0;
}
// expect: ----------
// expect: 0 0 1 5
// expect: 912399
