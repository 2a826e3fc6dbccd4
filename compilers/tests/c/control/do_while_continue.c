// continue in a do-while goes to the condition.
#include <stdio.h>

int main(void) {
    int i = 0, odd = 0;
    do {
        i++;
        if (i % 2 == 0) continue;
        odd += i;
    } while (i < 9);
    printf("%d %d\n", i, odd);
    return 0;
}
// expect: 9 25
