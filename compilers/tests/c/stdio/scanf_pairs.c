// scanf reading two values at a time into an array.
#include <stdio.h>

int main(void) {
    int n;
    scanf("%d", &n);
    int xs[10], ys[10];
    for (int i = 0; i < n; i++) scanf("%d %d", &xs[i], &ys[i]);
    long dot = 0;
    for (int i = 0; i < n; i++) dot += (long)xs[i] * ys[i];
    printf("%ld\n", dot);
    return 0;
}
// stdin: 3
// stdin: 1 2
// stdin: 3 4
// stdin: -5 6
// expect: -16
