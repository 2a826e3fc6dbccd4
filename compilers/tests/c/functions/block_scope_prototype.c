// A prototype inside a block names the file's function, defined before or after it (expected output
// from gcc).
#include <stdio.h>

int square(int x) { return x * x; }

int main(void) {
    int square(int);
    int cube(int);
    printf("%d %d\n", square(5), cube(3));
    {
        int cube(int n);
        printf("%d\n", cube(2) + square(2));
    }
    return 0;
}

int cube(int x) { return x * x * x; }
// expect: 25 27
// expect: 12
