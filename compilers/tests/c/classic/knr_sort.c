// K&R 5.11: sorting lines with a comparison function passed as a pointer, numcmp or the library's strcmp (expected output from gcc).
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#define MAXLINES 5000
#define MAXLEN 1000
char *lineptr[MAXLINES];

int get_line(char *s, int lim) {
    int c, i;
    for (i = 0; i < lim - 1 && (c = getchar()) != EOF && c != '\n'; ++i)
        s[i] = c;
    if (c == '\n') s[i++] = c;
    s[i] = '\0';
    return i;
}

int readlines(char *lineptr[], int maxlines) {
    int len, nlines;
    char *p, line[MAXLEN];
    nlines = 0;
    while ((len = get_line(line, MAXLEN)) > 0)
        if (nlines >= maxlines || (p = malloc(len)) == NULL)
            return -1;
        else {
            line[len-1] = '\0';
            strcpy(p, line);
            lineptr[nlines++] = p;
        }
    return nlines;
}

void swap(void *v[], int i, int j) { void *temp; temp = v[i]; v[i] = v[j]; v[j] = temp; }

void qsort2(void *v[], int left, int right, int (*comp)(void *, void *)) {
    int i, last;
    if (left >= right) return;
    swap(v, left, (left + right)/2);
    last = left;
    for (i = left+1; i <= right; i++)
        if ((*comp)(v[i], v[left]) < 0)
            swap(v, ++last, i);
    swap(v, left, last);
    qsort2(v, left, last-1, comp);
    qsort2(v, last+1, right, comp);
}

int numcmp(char *s1, char *s2) {
    long v1 = atol(s1), v2 = atol(s2);
    if (v1 < v2) return -1; else if (v1 > v2) return 1; else return 0;
}

int main(int argc, char *argv[]) {
    int nlines;
    int numeric = argc > 1;
    if ((nlines = readlines(lineptr, MAXLINES)) >= 0) {
        qsort2((void **) lineptr, 0, nlines-1, (int (*)(void*,void*))(numeric ? numcmp : strcmp));
        for (int i = 0; i < nlines; i++) printf("%s\n", lineptr[i]);
        return 0;
    } else {
        printf("input too big to sort\n");
        return 1;
    }
}
// stdin: 30
// stdin: 4
// stdin: 1000
// stdin: -2
// stdin: 7
// expect: -2
// expect: 1000
// expect: 30
// expect: 4
// expect: 7
