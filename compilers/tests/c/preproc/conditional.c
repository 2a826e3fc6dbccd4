// #if, #elif, #else and #endif choose what is compiled.
#include <stdio.h>

#define LEVEL 2

int main(void) {
#if LEVEL == 1
    printf("level one\n");
#elif LEVEL == 2
    printf("level two\n");
#else
    printf("other level\n");
#endif
#if 0
    this is not compiled at all
#endif
#if LEVEL > 1 && LEVEL < 5
    printf("in range\n");
#endif
    return 0;
}
// expect: level two
// expect: in range
