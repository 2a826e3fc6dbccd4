// Static storage initialised with address constants: an array plus an integer, the address of an
// element or a member, a string plus an integer, a null function pointer, and a static local (expected
// output from gcc).
#include <stdio.h>

struct point { int x, y; };

int a[] = {10, 20, 30, 40};
int *p = a + 2;
int *q = &a[1];
int *r = a - 1 + 2;
int (*fp)(int) = 0;
void *nothing = (void *)0;
struct point pts[3] = {{1, 2}, {3, 4}, {5, 6}};
int *py = &pts[1].y;
struct point *last = pts + 2;
int grid[3][4];
int *cell = &grid[2][1];
const char *msg = "hello" + 1;
char *chars[] = {"ab", "cd"};
char **second = &chars[1];
static int counter;
int *cp = &counter;
int *table[] = {&a[3], a, &counter};

int twice(int x) { return 2 * x; }
int (*gp)(int) = twice;

int next(void) {
    static int *mine = &counter;
    return ++*mine;
}

int main(void) {
    grid[2][1] = 9;
    printf("%d %d %d %d %d %d\n", *p, *q, *r, fp == 0, nothing == NULL, gp(4));
    printf("%d %d %d %s %s\n", *py, last->x, *cell, msg, *second);
    next();
    next();
    int third = next();
    printf("%d %d %d %d\n", third, *cp, *table[0], table[1][1]);
    *table[2] = 40;
    printf("%d\n", counter);
    return 0;
}
// expect: 30 20 20 1 1 8
// expect: 4 5 9 ello cd
// expect: 3 3 40 20
// expect: 40
