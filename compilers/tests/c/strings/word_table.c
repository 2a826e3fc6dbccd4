// A 2-D array of characters holding words, and a char ** walk over pointers to them.
#include <stdio.h>
#include <string.h>

char words[4][10] = {"cog", "wheel", "axle", "crank"};

int main(void) {
    char *index[5];
    for (int i = 0; i < 4; i++) index[i] = words[i];
    index[4] = NULL;
    int letters = 0;
    for (char **p = index; *p != NULL; p++) letters += strlen(*p);
    printf("%d letters\n", letters);
    strcpy(words[1], "gear");
    printf("%s %s %c\n", index[1], words[3], words[2][1]);
    return 0;
}
// expect: 17 letters
// expect: gear crank x
