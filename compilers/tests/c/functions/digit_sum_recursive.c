// Repeated digit sums, recursively.
#include <stdio.h>

int digit_sum(long n) { return n < 10 ? (int)n : (int)(n % 10) + digit_sum(n / 10); }
int digital_root(long n) { return n < 10 ? (int)n : digital_root(digit_sum(n)); }

int main(void) {
    printf("%d %d\n", digit_sum(987654321L), digital_root(987654321L));
    printf("%d\n", digital_root(123456789012345L));
    return 0;
}
// expect: 45 9
// expect: 6
