// float is outside the subset.
#include <stdio.h>

int main(void) {
    float f = 1.5;
    printf("%d\n", (int)f);
    return 0;
}
// error: 5:5: 'float' is not supported
