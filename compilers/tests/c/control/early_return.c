// Returning from inside nested loops.
#include <stdio.h>

int find_pair(int target) {
    for (int a = 1; a < 20; a++)
        for (int b = a; b < 20; b++)
            if (a * b == target && a + b == 13) return a * 100 + b;
    return -1;
}

int main(void) {
    printf("%d\n", find_pair(36));
    printf("%d\n", find_pair(1000));
    return 0;
}
// expect: 409
// expect: -1
