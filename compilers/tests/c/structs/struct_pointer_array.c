// An array of pointers to structs, sorted by a key.
#include <stdio.h>

struct person { const char *name; int born; };

int main(void) {
    struct person people[4] = {{"Lovelace", 1815}, {"Babbage", 1791}, {"Jacquard", 1752}, {"Menabrea", 1809}};
    struct person *order[4];
    for (int i = 0; i < 4; i++) order[i] = &people[i];
    for (int i = 0; i < 4; i++)
        for (int j = 0; j + 1 < 4 - i; j++)
            if (order[j]->born > order[j + 1]->born) {
                struct person *t = order[j];
                order[j] = order[j + 1];
                order[j + 1] = t;
            }
    for (int i = 0; i < 4; i++) printf("%d %s\n", order[i]->born, order[i]->name);
    return 0;
}
// expect: 1752 Jacquard
// expect: 1791 Babbage
// expect: 1809 Menabrea
// expect: 1815 Lovelace
