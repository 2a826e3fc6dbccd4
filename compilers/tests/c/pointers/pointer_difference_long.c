// The difference of two pointers is a count of elements.
#include <stdio.h>

struct big { int a[5]; long b; };

int main(void) {
    struct big items[10];
    struct big *p = &items[2], *q = &items[9];
    long d = q - p;
    printf("%ld %ld\n", d, p - q);
    char buffer[50];
    char *s = buffer + 7, *t = buffer + 40;
    printf("%d\n", (int)(t - s));
    return 0;
}
// expect: 7 -7
// expect: 33
