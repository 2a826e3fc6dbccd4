// Structs inside structs.
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point min, max; };

int area(struct rect *r) {
    return (r->max.x - r->min.x) * (r->max.y - r->min.y);
}

int main(void) {
    struct rect r = {{1, 2}, {6, 10}};
    printf("%d\n", area(&r));
    r.max.y = 4;
    printf("%d %d\n", area(&r), r.min.x + r.max.x);
    return 0;
}
// expect: 40
// expect: 10 7
