// atoi, and a hand-written parser for comparison.
#include <stdio.h>
#include <stdlib.h>

int parse(const char *s) {
    int sign = 1, v = 0;
    if (*s == '-') { sign = -1; s++; }
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return sign * v;
}

int main(void) {
    const char *inputs[] = {"42", "-17", "0", "123abc", "  56"};
    for (int i = 0; i < 5; i++) printf("%d %d\n", atoi(inputs[i]), parse(inputs[i]));
    return 0;
}
// expect: 42 42
// expect: -17 -17
// expect: 0 0
// expect: 123 123
// expect: 56 0
