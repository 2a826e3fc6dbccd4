// #pragma push_macro and pop_macro save and restore a definition, or the lack of one (expected output
// from gcc).
#include <stdio.h>

#define LIMIT 10
#pragma push_macro("LIMIT")
#undef LIMIT
#define LIMIT 20
int inner = LIMIT;
#pragma pop_macro("LIMIT")
int outer = LIMIT;

#pragma push_macro("FRESH")
#define FRESH 1
#pragma pop_macro("FRESH")
#ifdef FRESH
int fresh = 1;
#else
int fresh = 0;
#endif

int main(void) {
    printf("%d %d %d\n", inner, outer, fresh);
    return 0;
}
// expect: 20 10 0
