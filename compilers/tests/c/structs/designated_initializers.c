// Designated initialisers: array indices, member names, chains ([1].y), a designator followed by more
// items, designators out of order and overriding, arrays sized by their highest designator, nested
// structs, unions, and static data (expected output from gcc).
#include <stdio.h>

struct point { int x, y; };
struct rect { struct point a, b; int tag; };
union number { int i; long l; };

static const char *names[] = {[3] = "three", [1] = "one", [0] = "zero"};
int squares[] = {[5] = 25, [2] = 4, 9, 16};
struct rect unit = {.b = {.x = 1, .y = 1}, .tag = 7};

int main(void) {
    int a[10] = {[2] = 5, [7] = 1, 3};
    struct point p = {.y = 4, .x = 3};
    struct rect r = {.b.x = 9, .a = {2}, .tag = 2, .b.y = 8};
    struct point arr[] = {[1] = {.x = 1, .y = 2}, [0].y = 6};
    union number n = {.l = 1234567890123L};
    int grid[3][3] = {[1][1] = 5, [2] = {7, 8}, [0][2] = 1};
    int override[4] = {1, 2, 3, 4, [1] = 20};
    for (int i = 0; i < 10; i++) printf("%d", a[i]);
    printf("\n%d %d %d %d %d %d %d\n", p.x, p.y, r.a.x, r.b.x, r.b.y, r.tag, r.a.y);
    printf("%d %d %d %d %zu\n", arr[0].x, arr[0].y, arr[1].x, arr[1].y, sizeof arr / sizeof arr[0]);
    printf("%ld\n", n.l);
    for (int i = 0; i < 3; i++)
        for (int j = 0; j < 3; j++) printf("%d%c", grid[i][j], j == 2 ? '\n' : ' ');
    printf("%d %d %d %d\n", override[0], override[1], override[2], override[3]);
    printf("%s %s %d %zu\n", names[0], names[3], names[2] == NULL, sizeof names / sizeof names[0]);
    for (int i = 0; i < 7; i++) printf("%d ", squares[i]);
    printf("%zu\n", sizeof squares / sizeof squares[0]);
    printf("%d %d %d %d\n", unit.a.x, unit.b.x, unit.b.y, unit.tag);
    return 0;
}
// expect: 0050000130
// expect: 3 4 2 9 8 2 0
// expect: 0 6 1 2 2
// expect: 1234567890123
// expect: 0 0 1
// expect: 0 5 0
// expect: 7 8 0
// expect: 1 20 3 4
// expect: zero three 1 4
// expect: 0 0 4 9 16 25 0 6
// expect: 0 1 1 7
