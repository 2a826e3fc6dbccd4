// K&R 6.3: counting C keywords in the input with a sorted table of structs, binary search, and getword
// built on getch/ungetch (a pushback buffer); NKEYS from sizeof, as the book computes it.
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#define MAXWORD 100
#define BUFSIZE 100

struct key {
    char *word;
    int count;
} keytab[] = {
    {"auto", 0}, {"break", 0}, {"case", 0}, {"char", 0}, {"const", 0}, {"continue", 0}, {"default", 0},
    {"do", 0}, {"double", 0}, {"else", 0}, {"for", 0}, {"if", 0}, {"int", 0}, {"return", 0},
    {"sizeof", 0}, {"static", 0}, {"struct", 0}, {"unsigned", 0}, {"void", 0}, {"while", 0},
};

#define NKEYS (sizeof keytab / sizeof(struct key))

char buf[BUFSIZE];
int bufp = 0;

int getch(void) { return (bufp > 0) ? buf[--bufp] : getchar(); }

void ungetch(int c) {
    if (bufp >= BUFSIZE)
        printf("ungetch: too many characters\n");
    else
        buf[bufp++] = c;
}

int getword(char *word, int lim) {
    int c;
    char *w = word;
    while (isspace(c = getch()))
        ;
    if (c != EOF) *w++ = c;
    if (!isalpha(c) && c != '_') {
        *w = '\0';
        return c;
    }
    for (; --lim > 0; w++)
        if (!isalnum(*w = getch()) && *w != '_') {
            ungetch(*w);
            break;
        }
    *w = '\0';
    return word[0];
}

int binsearch(char *word, struct key tab[], int n) {
    int low = 0, high = n - 1;
    while (low <= high) {
        int mid = (low + high) / 2;
        int cond = strcmp(word, tab[mid].word);
        if (cond < 0)
            high = mid - 1;
        else if (cond > 0)
            low = mid + 1;
        else
            return mid;
    }
    return -1;
}

int main(void) {
    int n, words = 0;
    char word[MAXWORD];
    while (getword(word, MAXWORD) != EOF)
        if (isalpha(word[0]) || word[0] == '_') {
            words++;
            if ((n = binsearch(word, keytab, NKEYS)) >= 0) keytab[n].count++;
        }
    for (n = 0; n < (int)NKEYS; n++)
        if (keytab[n].count > 0) printf("%4d %s\n", keytab[n].count, keytab[n].word);
    printf("%d words, %zu keywords in the table\n", words, NKEYS);
    return 0;
}
// stdin: int main(void) {
// stdin:     static unsigned int count = 0;
// stdin:     for (int i = 0; i < 10; i++) {
// stdin:         if (i % 2) continue; else count++;
// stdin:     }
// stdin:     while (count--) do_something(sizeof(struct thing));
// stdin:     return count_of_int_words; /* int int */
// stdin: }
// expect:    1 continue
// expect:    1 else
// expect:    1 for
// expect:    1 if
// expect:    5 int
// expect:    1 return
// expect:    1 sizeof
// expect:    1 static
// expect:    1 struct
// expect:    1 unsigned
// expect:    1 void
// expect:    1 while
// expect: 27 words, 20 keywords in the table
