// Splitting a line into fields in place, as a tokenizer does.
#include <stdio.h>

int split(char *line, char sep, char **fields, int max) {
    int n = 0;
    fields[n++] = line;
    for (char *p = line; *p && n < max; p++) {
        if (*p == sep) {
            *p = '\0';
            fields[n++] = p + 1;
        }
    }
    return n;
}

int main(void) {
    char line[] = "1842,Menabrea,Turin,Notions";
    char *fields[8];
    int n = split(line, ',', fields, 8);
    for (int i = n - 1; i >= 0; i--) printf("%d:%s\n", i, fields[i]);
    return 0;
}
// expect: 3:Notions
// expect: 2:Turin
// expect: 1:Menabrea
// expect: 0:1842
