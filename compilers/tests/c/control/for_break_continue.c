// break leaves the loop; continue skips to the next iteration.
#include <stdio.h>

int main(void) {
    for (int i = 0; i < 20; i++) {
        if (i % 3 == 0) continue;
        if (i > 10) break;
        printf("%d ", i);
    }
    printf("\n");
    return 0;
}
// expect: 1 2 4 5 7 8 10 
