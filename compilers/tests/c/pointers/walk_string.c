// Walking a string with a char pointer.
#include <stdio.h>

int count_char(const char *s, char c) {
    int n = 0;
    for (; *s; s++)
        if (*s == c) n++;
    return n;
}

int main(void) {
    const char *text = "the analytical engine weaves algebraic patterns";
    printf("%d %d %d\n", count_char(text, 'a'), count_char(text, 'e'), count_char(text, 'z'));
    return 0;
}
// expect: 7 7 0
