// <assert.h>: a true assertion does nothing, NDEBUG turns them off, and a false one stops the run with
// trap 5 at the line of the assert (gcc's build prints the assertion to stderr and aborts).
#include <stdio.h>

#define NDEBUG
#include <assert.h>

void quiet(int x) { assert(x > 100); }

#undef NDEBUG
#include <assert.h>

void check(int engines) { assert(engines == 2); }

int main(void) {
    quiet(1);
    check(2);
    printf("2 engines\n");
    check(3);
    printf("not reached\n");
    return 0;
}
// expect: 2 engines
// expect runtime error: trap 5 at line 13
