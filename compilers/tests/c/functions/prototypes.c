// Prototypes before definitions; parameters named differently in each.
#include <stdio.h>

int area(int width, int height);
void report(const char *label, int value);

int main(void) {
    report("area", area(6, 7));
    return 0;
}

int area(int w, int h) { return w * h; }

void report(const char *what, int v) { printf("%s = %d\n", what, v); }
// expect: area = 42
