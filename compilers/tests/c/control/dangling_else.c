// An else binds to the nearest if.
#include <stdio.h>

int main(void) {
    for (int a = 0; a < 2; a++)
        for (int b = 0; b < 2; b++) {
            if (a)
                if (b) printf("a and b\n");
                else printf("a not b\n");
        }
    return 0;
}
// expect: a not b
// expect: a and b
