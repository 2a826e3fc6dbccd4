// K&R chapter 1: the temperature table, counting digits, white space and others, the longest line (expected output from gcc).
#include <stdio.h>
#define MAXLINE 1000
int get_line(char line[], int maxline);
void copy(char to[], char from[]);
int main()
{
    int c, i, nwhite, nother, len, max;
    int ndigit[10];
    char line[MAXLINE], longest[MAXLINE];
    float fahr, celsius;
    nwhite = nother = 0; max = 0;
    for (i = 0; i < 10; ++i) ndigit[i] = 0;
    for (fahr = 0; fahr <= 300; fahr = fahr + 100) {
        celsius = (5.0/9.0) * (fahr-32.0);
        printf("%3.0f %6.1f\n", fahr, celsius);
    }
    while ((len = get_line(line, MAXLINE)) > 0) {
        for (i = 0; i < len; i++) {
            c = line[i];
            if (c >= '0' && c <= '9') ++ndigit[c-'0'];
            else if (c == ' ' || c == '\n' || c == '\t') ++nwhite;
            else ++nother;
        }
        if (len > max) { max = len; copy(longest, line); }
    }
    printf("digits =");
    for (i = 0; i < 10; ++i) printf(" %d", ndigit[i]);
    printf(", white space = %d, other = %d\n", nwhite, nother);
    if (max > 0) printf("%s", longest);
    return 0;
}
int get_line(char s[], int lim) {
    int c, i;
    for (i = 0; i < lim-1 && (c=getchar())!=EOF && c!='\n'; ++i) s[i] = c;
    if (c == '\n') { s[i] = c; ++i; }
    s[i] = '\0';
    return i;
}
void copy(char to[], char from[]) { int i = 0; while ((to[i] = from[i]) != '\0') ++i; }
// stdin: the year 1842: notes by A.A.L.
// stdin: on the engine of 1834 and its 7 columns
// stdin: short
// expect:   0  -17.8
// expect: 100   37.8
// expect: 200   93.3
// expect: 300  148.9
// expect: digits = 0 2 1 1 2 0 0 1 2 0, white space = 16, other = 52
// expect: on the engine of 1834 and its 7 columns
