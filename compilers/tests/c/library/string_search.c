// strchr, strrchr, strstr, strpbrk, strspn, strcspn, memchr (expected output from gcc).
#include <stdio.h>
#include <string.h>

int main(void) {
    char buf[32] = "hello world";
    printf("%s|%s|%s\n", strchr(buf, 'o'), strrchr(buf, 'o'), strstr(buf, "wor"));
    printf("%d %d %d\n", strchr(buf, 'z') == NULL, strstr(buf, "xyz") == NULL, strstr(buf, "") == buf);
    printf("%d %d\n", (int)(strchr(buf, '\0') - buf), (int)(strrchr(buf, 'l') - buf));
    printf("%zu %zu %s\n", strspn("aabbc", "ab"), strcspn("hello", "l"), strpbrk("engine", "gn"));
    printf("%d\n", strpbrk("abc", "xyz") == NULL);
    char *p = memchr(buf, 'w', strlen(buf));
    printf("%s %d\n", p, memchr(buf, 'q', 11) == NULL);
    const char *text = "the cat sat on the mat";
    int count = 0;
    for (const char *q = strstr(text, "at"); q != NULL; q = strstr(q + 1, "at")) count++;
    printf("%d\n", count);
    return 0;
}
// expect: o world|orld|world
// expect: 1 1 1
// expect: 11 9
// expect: 4 2 ngine
// expect: 1
// expect: world 1
// expect: 3
