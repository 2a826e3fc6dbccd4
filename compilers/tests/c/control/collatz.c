// The longest Collatz chain below 30.
#include <stdio.h>

int steps(long n) {
    int count = 0;
    while (n != 1) {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        count++;
    }
    return count;
}

int main(void) {
    int best = 1, best_steps = 0;
    for (int i = 1; i < 30; i++) {
        int s = steps(i);
        if (s > best_steps) { best_steps = s; best = i; }
    }
    printf("%d takes %d steps\n", best, best_steps);
    return 0;
}
// expect: 27 takes 111 steps
