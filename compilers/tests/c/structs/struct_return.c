// Structs passed and returned by value: the callee works on copies.
#include <stdio.h>

struct point {
    int x, y;
};

struct point make_point(int x, int y) {
    struct point p;
    p.x = x;
    p.y = y;
    return p;
}

struct point add(struct point a, struct point b) {
    a.x += b.x;
    a.y += b.y;
    return a;
}

struct point scale(struct point p, int k) {
    struct point r = {p.x * k, p.y * k};
    return r;
}

int main(void) {
    struct point a = make_point(1, 2);
    struct point b = make_point(10, 20);
    struct point c = add(a, b);
    printf("%d %d | %d %d | %d %d\n", a.x, a.y, b.x, b.y, c.x, c.y);
    c = scale(add(c, a), 3);
    printf("%d %d\n", c.x, c.y);
    printf("%d\n", make_point(7, 8).y + scale(a, 5).x);
    struct point points[3];
    for (int i = 0; i < 3; i++) points[i] = make_point(i, i * i);
    printf("%d %d\n", points[2].x, points[2].y);
    return 0;
}
// expect: 1 2 | 10 20 | 11 22
// expect: 36 72
// expect: 13
// expect: 2 4
