// Escape sequences in string and character literals.
#include <stdio.h>

int main(void) {
    printf("tab\there\n");
    printf("quote \" and backslash \\\n");
    printf("%c%c%c\n", '\'', '\x41', '\102');
    printf("%d %d\n", '\t', '\0');
    printf("a\101b\n");
    return 0;
}
// expect: tab	here
// expect: quote " and backslash \
// expect: 'AB
// expect: 9 0
// expect: aAb
