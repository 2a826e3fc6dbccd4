// sizeof gives what gcc gives on x86-64.
#include <stdio.h>

struct pair { char c; int i; };
struct triple { long l; char a; char b; };

int main(void) {
    printf("%d %d %d %d\n", (int)sizeof(char), (int)sizeof(short), (int)sizeof(int), (int)sizeof(long));
    printf("%d %d\n", (int)sizeof(int *), (int)sizeof(char **));
    int arr[10];
    printf("%d %d\n", (int)sizeof(arr), (int)(sizeof arr / sizeof arr[0]));
    printf("%d %d\n", (int)sizeof(struct pair), (int)sizeof(struct triple));
    char s[] = "hello";
    printf("%d\n", (int)sizeof s);
    printf("%lu\n", sizeof(long) * 3);
    return 0;
}
// expect: 1 2 4 8
// expect: 8 8
// expect: 40 10
// expect: 8 16
// expect: 6
// expect: 24
