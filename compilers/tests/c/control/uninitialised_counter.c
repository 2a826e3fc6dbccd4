// A local that is never assigned still compiles (reading it is undefined in C, so it is never printed).
#include <stdio.h>

int main(void) {
    int unused;
    int total = 0;
    for (int i = 0; i < 4; i++) total += i;
    if (total < 0) printf("%d\n", unused);
    printf("%d\n", total);
    return 0;
}
// expect: 6
