// Reading integers with scanf until it stops.
#include <stdio.h>

int main(void) {
    int n, total = 0, count = 0;
    while (scanf("%d", &n) == 1) {
        total += n;
        count++;
    }
    printf("%d numbers, total %d\n", count, total);
    return 0;
}
// stdin: 10 20 -5
// stdin: 7
// expect: 4 numbers, total 32
