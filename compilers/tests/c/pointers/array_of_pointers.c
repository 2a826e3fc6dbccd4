// An array of pointers to strings.
#include <stdio.h>

int main(void) {
    const char *names[] = {"Babbage", "Lovelace", "Menabrea", "Scheutz"};
    int n = sizeof names / sizeof names[0];
    for (int i = n - 1; i >= 0; i--) printf("%s\n", names[i]);
    printf("%c%c\n", names[1][0], *names[2]);
    return 0;
}
// expect: Scheutz
// expect: Menabrea
// expect: Lovelace
// expect: Babbage
// expect: LM
