// Reading words from input character by character.
#include <stdio.h>

int main(void) {
    char word[32];
    int len = 0, longest = 0, c;
    char best[32];
    best[0] = '\0';
    do {
        c = getchar();
        if (c == ' ' || c == '\n' || c == EOF) {
            if (len > longest) {
                longest = len;
                for (int i = 0; i < len; i++) best[i] = word[i];
                best[len] = '\0';
            }
            len = 0;
        } else if (len < 31) {
            word[len++] = (char)c;
        }
    } while (c != EOF);
    printf("%s %d\n", best, longest);
    return 0;
}
// stdin: the difference engine and the analytical engine
// expect: difference 10
