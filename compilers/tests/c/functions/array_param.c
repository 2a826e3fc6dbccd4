// Arrays passed to functions are pointers to their first element.
#include <stdio.h>

void fill(int a[], int n, int start) {
    for (int i = 0; i < n; i++) a[i] = start + i * i;
}

int sum(int *a, int n) {
    return n == 0 ? 0 : a[0] + sum(a + 1, n - 1);
}

int main(void) {
    int a[6];
    fill(a, 6, 10);
    printf("%d %d\n", sum(a, 6), sum(a + 3, 3));
    return 0;
}
// expect: 115 80
