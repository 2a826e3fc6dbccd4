// Reversing a string in place.
#include <stdio.h>
#include <string.h>

void reverse(char *s) {
    int n = strlen(s);
    for (int i = 0; i < n / 2; i++) {
        char t = s[i];
        s[i] = s[n - 1 - i];
        s[n - 1 - i] = t;
    }
}

int main(void) {
    char word[] = "difference engine";
    reverse(word);
    printf("%s\n", word);
    char one[] = "x";
    reverse(one);
    printf("%s\n", one);
    return 0;
}
// expect: enigne ecnereffid
// expect: x
