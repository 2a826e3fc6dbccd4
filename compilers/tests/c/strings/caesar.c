// The Caesar cipher, both ways.
#include <stdio.h>

void shift(char *s, int k) {
    for (; *s; s++) {
        if (*s >= 'a' && *s <= 'z') *s = 'a' + (*s - 'a' + k + 26) % 26;
        else if (*s >= 'A' && *s <= 'Z') *s = 'A' + (*s - 'A' + k + 26) % 26;
    }
}

int main(void) {
    char msg[] = "Attack at Dawn, Charles!";
    shift(msg, 3);
    printf("%s\n", msg);
    shift(msg, -3);
    printf("%s\n", msg);
    return 0;
}
// expect: Dwwdfn dw Gdzq, Fkduohv!
// expect: Attack at Dawn, Charles!
