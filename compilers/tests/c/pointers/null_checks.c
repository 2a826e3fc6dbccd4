// NULL pointers compare equal to 0 and are false.
#include <stdio.h>
#include <stdlib.h>

int *find(int *a, int n, int v) {
    for (int i = 0; i < n; i++)
        if (a[i] == v) return &a[i];
    return NULL;
}

int main(void) {
    int a[3] = {4, 5, 6};
    int *p = find(a, 3, 5);
    int *q = find(a, 3, 9);
    printf("%d\n", p != NULL ? *p : -1);
    printf("%d\n", q == NULL);
    printf("%d\n", !q);
    if (p) printf("found at %d\n", (int)(p - a));
    return 0;
}
// expect: 5
// expect: 1
// expect: 1
// expect: found at 1
