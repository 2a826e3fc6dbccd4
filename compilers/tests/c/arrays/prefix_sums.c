// Prefix sums and range queries.
#include <stdio.h>

int main(void) {
    int a[8] = {3, -1, 4, 1, -5, 9, 2, -6};
    int prefix[9];
    prefix[0] = 0;
    for (int i = 0; i < 8; i++) prefix[i + 1] = prefix[i] + a[i];
    printf("%d %d %d\n", prefix[8] - prefix[0], prefix[6] - prefix[2], prefix[4] - prefix[3]);
    return 0;
}
// expect: 7 9 1
