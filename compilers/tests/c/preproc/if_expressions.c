// #if and #elif with expressions: arithmetic, defined, ?:, and && || that do not evaluate the side C
// skips (`#if 0 && (1/0)` is no error) (expected output from gcc).
#include <stdio.h>

#define VERSION 3
#if VERSION > 2 && defined(VERSION)
#define V "new"
#elif VERSION == 2
#define V "mid"
#else
#define V "old"
#endif

#if (VERSION * 2 + 1) % 4 == 3 || 0
#define W 1
#else
#define W 2
#endif

#if 0 && (1 / 0)
#error the right side of && was evaluated
#endif
#if 1 || (1 / 0)
#define OR_SKIPS 1
#endif
#if VERSION ? 1 : 1 / 0
#define COND_SKIPS 1
#endif
#if -1 < 0 && ~0 == -1 && (1 << 4) == 16 && 'A' == 65 && !defined(UNDEFINED_NAME)
#define SIGNS 1
#endif

int main(void) {
    printf("%s %d %d %d %d\n", V, W, OR_SKIPS, COND_SKIPS, SIGNS);
    return 0;
}
// expect: new 1 1 1 1
