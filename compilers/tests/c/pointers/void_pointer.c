// void * converts to and from other pointer types.
#include <stdio.h>

int main(void) {
    int n = 41;
    void *v = &n;
    int *p = v;
    *p += 1;
    char c = 'q';
    v = &c;
    char *cp = (char *)v;
    printf("%d %c\n", n, *cp);
    return 0;
}
// expect: 42 q
