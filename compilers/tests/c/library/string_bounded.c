// strncpy (padding with zeros), strncat, strncmp, memcmp, memmove on overlapping ranges (expected output
// from gcc; comparisons print their sign, which is all C promises).
#include <stdio.h>
#include <string.h>

int sign(int x) { return (x > 0) - (x < 0); }

int main(void) {
    char d[10];
    memset(d, 'x', sizeof d);
    strncpy(d, "abc", 10);
    printf("%s %d %d\n", d, d[5], d[9]);
    strncpy(d, "abcdefghij", 4);
    printf("%.4s %d\n", d, d[4]);
    printf("%d %d %d\n", sign(strncmp("abcd", "abcf", 3)), sign(strncmp("abcd", "abcf", 4)),
           sign(strncmp("b", "abc", 5)));
    printf("%d %d\n", sign(memcmp("ab", "ac", 2)), sign(memcmp("ab", "ac", 1)));
    char buf[32] = "hello world";
    memmove(buf + 2, buf, 5);
    printf("%s\n", buf);
    memmove(buf, buf + 6, 6);
    printf("%s\n", buf);
    int a[6] = {1, 2, 3, 4, 5, 6};
    memmove(a + 1, a, 4 * sizeof(int));
    for (int i = 0; i < 6; i++) printf("%d", a[i]);
    printf("\n");
    char t[20];
    strcpy(t, "xy");
    strncat(t, "12345", 3);
    printf("%s %zu\n", t, strlen(t));
    return 0;
}
// expect: abc 0 0
// expect: abcd 0
// expect: 0 -1 1
// expect: -1 0
// expect: hehelloorld
// expect: oorld
// expect: 112346
// expect: xy123 5
