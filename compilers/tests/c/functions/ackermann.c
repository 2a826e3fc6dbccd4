// The Ackermann function for small arguments: deep recursion.
#include <stdio.h>

int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

int main(void) {
    printf("%d %d %d\n", ack(1, 3), ack(2, 3), ack(2, 10));
    return 0;
}
// expect: 5 9 23
