// && and || do not evaluate their right operand when the left decides.
#include <stdio.h>

int calls = 0;

int touch(int v) {
    calls++;
    return v;
}

int main(void) {
    int r1 = 0 && touch(1);
    int r2 = 1 || touch(1);
    int r3 = 1 && touch(0);
    int r4 = 0 || touch(5);
    printf("%d %d %d %d calls=%d\n", r1, r2, r3, r4, calls);
    int x = 0;
    if (x != 0 && 10 / x > 1) printf("no\n"); else printf("safe\n");
    printf("%d %d\n", !5, !0);
    return 0;
}
// expect: 0 1 0 1 calls=2
// expect: safe
// expect: 0 1
