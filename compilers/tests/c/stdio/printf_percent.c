// %% prints a percent sign; printf returns the count of characters.
#include <stdio.h>

int main(void) {
    printf("100%%\n");
    int n = printf("%d%% of %s\n", 50, "cards");
    printf("%d\n", n);
    return 0;
}
// expect: 100%
// expect: 50% of cards
// expect: 13
