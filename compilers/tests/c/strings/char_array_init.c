// Character arrays initialised from strings and from lists.
#include <stdio.h>

char global_word[10] = "store";

int main(void) {
    char a[] = "mill";
    char b[8] = "cam";
    char c[] = {'o', 'k', '\0'};
    printf("%s %s %s %s\n", a, b, c, global_word);
    printf("%d %d %d\n", (int)sizeof a, (int)sizeof b, b[5]);
    return 0;
}
// expect: mill cam ok store
// expect: 5 8 0
