// Aggregates larger than the inline limit: cleared and copied by the runtime, only given words stored.
#include <stdio.h>

struct Big {
    int head;
    int body[100];
    int tail;
};

static int table[500] = {7, 8, 9};
int grid[40][40] = {{1, 2}, {3}};

int sum(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

int main(void) {
    int local[200] = {5, 6};
    int dirty[120];
    for (int i = 0; i < 120; i++) dirty[i] = i;
    int again[120] = {1};
    struct Big a = {1, {2, 3}, 4};
    struct Big b;
    b = a;
    b.body[99] = 11;
    printf("%d %d %d\n", sum(local, 200), local[1], local[199]);
    printf("%d %d\n", sum(again, 120), dirty[119]);
    printf("%d %d %d %d\n", b.head, sum(b.body, 100), b.tail, a.body[99]);
    printf("%d %d %d\n", sum(table, 500), grid[0][1], grid[1][0] + grid[39][39]);
    return 0;
}
// expect: 11 6 0
// expect: 1 119
// expect: 1 16 4 0
// expect: 24 2 3
