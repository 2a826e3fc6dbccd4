// Index expressions: a[i] is *(a + i), and so is i[a].
#include <stdio.h>

int main(void) {
    int a[5] = {10, 11, 12, 13, 14};
    int i = 2;
    printf("%d %d %d\n", a[i], *(a + i), i[a]);
    printf("%d\n", a[a[0] - 9]);
    printf("%d\n", a[i * 2 - 1] + a[4 - i]);
    return 0;
}
// expect: 12 12 12
// expect: 11
// expect: 25
