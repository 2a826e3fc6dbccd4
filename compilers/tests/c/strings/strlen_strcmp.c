// strlen and strcmp from string.h.
#include <stdio.h>
#include <string.h>

int sign(int v) { return (v > 0) - (v < 0); }

int main(void) {
    printf("%d %d\n", (int)strlen("engine"), (int)strlen(""));
    printf("%d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")), sign(strcmp("b", "a")));
    printf("%d\n", sign(strcmp("ab", "abc")));
    return 0;
}
// expect: 6 0
// expect: -1 0 1
// expect: -1
