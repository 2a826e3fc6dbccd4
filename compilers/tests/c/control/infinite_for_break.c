// for (;;) with a break, and while (1).
#include <stdio.h>

int main(void) {
    int n = 0;
    for (;;) {
        if (++n == 5) break;
    }
    int m = 0;
    while (1) {
        m += n;
        if (m > 20) break;
    }
    printf("%d %d\n", n, m);
    return 0;
}
// expect: 5 25
