// Global, function and label names outside ASCII, as gcc accepts them in UTF-8 source.
#include <stdio.h>

int zähler = 3;
static int größe[4] = {1, 2, 3, 4};

int fünf(void) { return 5; }

int σ(int n) {
    int total = 0;
    for (int i = 0; i < n; i++)
        total += größe[i];
    return total;
}

int main(void) {
    int schritt = 0;
nochmal:
    schritt++;
    if (schritt < 3)
        goto nochmal;
    printf("%d %d %d %d\n", zähler, fünf(), σ(4), schritt);
    return 0;
}
// expect: 3 5 10 3
