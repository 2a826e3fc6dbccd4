// Palindromes, ignoring spaces.
#include <stdio.h>

int is_palindrome(const char *s) {
    int i = 0, j = 0;
    while (s[j]) j++;
    j--;
    while (i < j) {
        if (s[i] == ' ') { i++; continue; }
        if (s[j] == ' ') { j--; continue; }
        if (s[i] != s[j]) return 0;
        i++;
        j--;
    }
    return 1;
}

int main(void) {
    const char *tests[] = {"racecar", "never odd or even", "engine", "a", ""};
    for (int i = 0; i < 5; i++) printf("%d", is_palindrome(tests[i]));
    printf("\n");
    return 0;
}
// expect: 11011
