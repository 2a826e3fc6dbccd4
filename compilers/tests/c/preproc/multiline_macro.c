// A macro continued over several lines with backslashes.
#include <stdio.h>

#define SWAP(a, b) \
    do {           \
        int t = a; \
        a = b;     \
        b = t;     \
    } while (0)

int main(void) {
    int x = 1, y = 2;
    SWAP(x, y);
    printf("%d %d\n", x, y);
    if (x > y)
        SWAP(x, y);
    else
        printf("no\n");
    printf("%d %d\n", x, y);
    return 0;
}
// expect: 2 1
// expect: 1 2
