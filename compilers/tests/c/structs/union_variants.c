// A table of tagged values: a union of an int, a double and a string, initialised through each member
// by a designator (statically and in a block), read back through the member stored.
#include <stdio.h>
union V { int i; double d; const char *s; };
static union V table[] = {{.s = "hello"}, {.i = -3}, {.d = 2.5}};
int main(void) {
    union V local = {.s = "world"};
    printf("%s %s %d %g\n", table[0].s, local.s, table[1].i, table[2].d);
    return 0;
}
// expect: hello world -3 2.5
