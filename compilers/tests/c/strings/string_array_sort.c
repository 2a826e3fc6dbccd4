// Sorting an array of strings with strcmp.
#include <stdio.h>
#include <string.h>

int main(void) {
    const char *words[] = {"mill", "store", "card", "barrel", "anticipating", "carriage"};
    int n = 6;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            if (strcmp(words[i], words[j]) > 0) {
                const char *t = words[i];
                words[i] = words[j];
                words[j] = t;
            }
    for (int i = 0; i < n; i++) printf("%s\n", words[i]);
    return 0;
}
// expect: anticipating
// expect: barrel
// expect: card
// expect: carriage
// expect: mill
// expect: store
