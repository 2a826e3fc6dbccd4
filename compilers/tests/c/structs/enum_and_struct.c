// An enum field in a struct selects how to interpret the others.
#include <stdio.h>

enum shape_kind { SQUARE, RECTANGLE, TRIANGLE };

struct shape {
    enum shape_kind kind;
    int a, b;
};

int area2(struct shape s) {
    switch (s.kind) {
    case SQUARE: return 2 * s.a * s.a;
    case RECTANGLE: return 2 * s.a * s.b;
    case TRIANGLE: return s.a * s.b;
    }
    return 0;
}

int main(void) {
    struct shape shapes[3] = {{SQUARE, 3, 0}, {RECTANGLE, 2, 5}, {TRIANGLE, 4, 3}};
    for (int i = 0; i < 3; i++) printf("%d\n", area2(shapes[i]));
    return 0;
}
// expect: 18
// expect: 20
// expect: 12
