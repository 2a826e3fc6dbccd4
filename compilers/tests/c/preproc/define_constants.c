// Object-like macros as constants.
#include <stdio.h>

#define WIDTH 8
#define HEIGHT 3
#define AREA (WIDTH * HEIGHT)
#define GREETING "hello, engine"

int main(void) {
    printf("%d %d\n", AREA, AREA * 2);
    printf("%s\n", GREETING);
    int grid[HEIGHT][WIDTH];
    printf("%d\n", (int)(sizeof grid / sizeof grid[0][0]));
    return 0;
}
// expect: 24 48
// expect: hello, engine
// expect: 24
