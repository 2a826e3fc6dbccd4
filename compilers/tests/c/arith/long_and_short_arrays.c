// Arrays of long, short and _Bool keep their types' ranges.
#include <stdio.h>
#include <stdbool.h>

int main(void) {
    long big[3] = {4000000000L, -4000000000L, 1L << 40};
    short small[3] = {32767, -32768, 1000};
    bool flags[3] = {0, 2, -1};
    small[0]++;
    small[2] *= 40;
    big[0] *= 3;
    printf("%ld %ld %ld\n", big[0], big[1], big[2]);
    printf("%d %d %d\n", small[0], small[1], small[2]);
    printf("%d %d %d\n", flags[0], flags[1], flags[2]);
    return 0;
}
// expect: 12000000000 -4000000000 1099511627776
// expect: -32768 -32768 -25536
// expect: 0 1 1
