// goto jumps forward to a shared exit and backward to form a loop.
#include <stdio.h>

int main(void) {
    int i = 0;
again:
    printf("%d\n", i);
    i++;
    if (i < 3) goto again;
    if (i == 3) goto done;
    printf("never\n");
done:
    printf("done\n");
    return 0;
}
// expect: 0
// expect: 1
// expect: 2
// expect: done
