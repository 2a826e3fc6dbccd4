// Counting set bits with n & (n - 1).
#include <stdio.h>

int popcount(unsigned int n) {
    int count = 0;
    while (n) {
        n &= n - 1;
        count++;
    }
    return count;
}

int main(void) {
    printf("%d %d %d %d\n", popcount(0), popcount(7), popcount(255), popcount(0xFFFFFFFFu));
    printf("%d\n", popcount(0x80000001u));
    return 0;
}
// expect: 0 3 8 32
// expect: 2
