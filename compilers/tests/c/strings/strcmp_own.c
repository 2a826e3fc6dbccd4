// A hand-written strcmp and strchr.
#include <stdio.h>

int my_strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}

const char *my_strchr(const char *s, int c) {
    for (; *s; s++)
        if (*s == c) return s;
    return 0;
}

int main(void) {
    printf("%d %d %d\n", my_strcmp("gear", "gears") < 0, my_strcmp("b", "a") > 0, my_strcmp("x", "x"));
    const char *at = my_strchr("difference", 'f');
    printf("%s %d\n", at, my_strchr("abc", 'z') == 0);
    return 0;
}
// expect: 1 1 0
// expect: fference 1
