// Struct assignment copies every member.
#include <stdio.h>

struct pair { int a; int b[3]; };

int main(void) {
    struct pair x = {1, {2, 3, 4}};
    struct pair y;
    y = x;
    x.a = 100;
    x.b[1] = 300;
    printf("%d %d %d %d\n", y.a, y.b[0], y.b[1], y.b[2]);
    struct pair z = y;
    printf("%d %d\n", z.a, z.b[2]);
    return 0;
}
// expect: 1 2 3 4
// expect: 1 4
