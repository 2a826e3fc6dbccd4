// Counting words separated by spaces.
#include <stdio.h>

int words(const char *s) {
    int count = 0, in_word = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        if (s[i] == ' ') in_word = 0;
        else if (!in_word) { in_word = 1; count++; }
    }
    return count;
}

int main(void) {
    printf("%d\n", words("the engine  ran   all night"));
    printf("%d\n", words("   "));
    printf("%d\n", words("one"));
    return 0;
}
// expect: 5
// expect: 0
// expect: 1
