// sprintf and snprintf: the count they return, truncation, snprintf(NULL, 0) to measure (expected
// output from gcc).
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[64];
    int n = sprintf(buf, "%d-%s-%c-%05x", 42, "ab", 'z', 255);
    printf("%s %d\n", buf, n);
    n = snprintf(buf, 6, "%d", 1234567);
    printf("%s %d %zu\n", buf, n, strlen(buf));
    n = snprintf(NULL, 0, "%s%d", "abc", 99);
    printf("%d\n", n);
    char line[80];
    int at = 0;
    for (int i = 1; i <= 5; i++) at += sprintf(line + at, "%s%d", i > 1 ? "," : "", i * i);
    printf("%s %d\n", line, at);
    snprintf(buf, sizeof buf, "%-6s|%+4d|%#o", "key", 7, 8);
    puts(buf);
    return 0;
}
// expect: 42-ab-z-000ff 13
// expect: 12345 7 5
// expect: 5
// expect: 1,4,9,16,25 11
// expect: key   |  +7|010
