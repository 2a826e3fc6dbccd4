// Global arrays keep their values between calls.
#include <stdio.h>

int counts[5];
int squares[5] = {0, 1, 4, 9, 16};

void tally(int v) {
    counts[v % 5]++;
}

int main(void) {
    for (int i = 0; i < 23; i++) tally(i * 7);
    for (int i = 0; i < 5; i++) printf("%d:%d:%d\n", i, counts[i], squares[i]);
    return 0;
}
// expect: 0:5:0
// expect: 1:4:1
// expect: 2:5:4
// expect: 3:4:9
// expect: 4:5:16
