// Rosetta Code style: the look-and-say sequence with sprintf and realloc, a program written as such collections write it (expected output from gcc).
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
    char *a = malloc(2), *b = 0, *x, c;
    int cnt, len = 1;

    for (sprintf(a, "1"); (b = realloc(b, len * 2 + 1)); a = b, b = x) {
        puts(x = a);
        if (len > 40) break;
        for (len = 0, cnt = 1; (c = *a); ) {
            if (c == *++a)
                cnt++;
            else if (c) {
                len += sprintf(b + len, "%d%c", cnt, c);
                cnt = 1;
            }
        }
    }
    return 0;
}
// expect: 1
// expect: 11
// expect: 21
// expect: 1211
// expect: 111221
// expect: 312211
// expect: 13112221
// expect: 1113213211
// expect: 31131211131221
// expect: 13211311123113112211
// expect: 11131221133112132113212221
// expect: 3113112221232112111312211312113211
// expect: 1321132132111213122112311311222113111221131221
