// const qualifiers are accepted and do not change the values.
#include <stdio.h>

int sum(const int *a, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += a[i];
    return s;
}

int main(void) {
    const int k = 5;
    int values[] = {k, k * 2, k * 3};
    const char *const message = "const ok";
    printf("%d %s\n", sum(values, 3), message);
    return 0;
}
// expect: 30 const ok
