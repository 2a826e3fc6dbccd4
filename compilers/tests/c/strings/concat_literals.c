// Adjacent string literals are joined.
#include <stdio.h>

int main(void) {
    const char *s = "Analytical " "Engine " "1837";
    printf("%s\n", s);
    printf("one " "two\n");
    return 0;
}
// expect: Analytical Engine 1837
// expect: one two
