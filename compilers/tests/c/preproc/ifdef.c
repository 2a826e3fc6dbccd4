// #ifdef, #ifndef and #undef.
#include <stdio.h>

#define VERBOSE

int main(void) {
#ifdef VERBOSE
    printf("verbose\n");
#endif
#ifndef QUIET
    printf("not quiet\n");
#endif
#undef VERBOSE
#ifdef VERBOSE
    printf("still verbose\n");
#else
    printf("verbose undefined\n");
#endif
#if defined(VERBOSE) || !defined QUIET
    printf("defined works\n");
#endif
    return 0;
}
// expect: verbose
// expect: not quiet
// expect: verbose undefined
// expect: defined works
