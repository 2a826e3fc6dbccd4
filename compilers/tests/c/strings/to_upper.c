// Changing case with character arithmetic.
#include <stdio.h>

void upper(char *s) {
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z') *s = *s - 'a' + 'A';
}

int main(void) {
    char text[] = "ada lovelace, 1843";
    upper(text);
    puts(text);
    return 0;
}
// expect: ADA LOVELACE, 1843
