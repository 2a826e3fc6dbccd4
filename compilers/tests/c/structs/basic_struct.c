// A struct with members read and written through '.'.
#include <stdio.h>

struct point {
    int x;
    int y;
};

int main(void) {
    struct point p;
    p.x = 3;
    p.y = -4;
    struct point q = {10, 20};
    printf("%d %d %d %d\n", p.x, p.y, q.x, q.y);
    printf("%d\n", p.x * q.x + p.y * q.y);
    return 0;
}
// expect: 3 -4 10 20
// expect: -50
