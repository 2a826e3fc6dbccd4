// goto out of two nested loops.
#include <stdio.h>

int main(void) {
    int found_i = -1, found_j = -1;
    for (int i = 0; i < 10; i++) {
        for (int j = 0; j < 10; j++) {
            if (i * j == 42) {
                found_i = i;
                found_j = j;
                goto found;
            }
        }
    }
found:
    printf("%d %d\n", found_i, found_j);
    return 0;
}
// expect: 6 7
