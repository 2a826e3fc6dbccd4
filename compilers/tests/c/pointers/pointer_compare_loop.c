// Iterating with a pointer until it reaches an end pointer.
#include <stdio.h>

int main(void) {
    int data[6] = {3, 1, 4, 1, 5, 9};
    int sum = 0;
    for (int *p = data, *end = data + 6; p < end; p++) sum += *p;
    printf("%d\n", sum);
    int *last = &data[5];
    while (last >= data && *last != 4) last--;
    printf("%d\n", (int)(last - data));
    return 0;
}
// expect: 23
// expect: 2
