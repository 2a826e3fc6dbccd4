// static functions and globals have file scope; extern declares a global defined later.
#include <stdio.h>

extern int limit;
static int calls;

static int clamp(int v) {
    calls++;
    return v > limit ? limit : v;
}

int main(void) {
    printf("%d %d %d\n", clamp(5), clamp(50), clamp(-5));
    printf("%d calls\n", calls);
    return 0;
}

int limit = 10;
// expect: 5 10 -5
// expect: 3 calls
