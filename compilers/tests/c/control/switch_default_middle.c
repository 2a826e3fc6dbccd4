// The default label may come before other cases.
#include <stdio.h>

int classify(int c) {
    switch (c) {
    default:
        return 0;
    case 'a': case 'e': case 'i': case 'o': case 'u':
        return 1;
    case ' ':
        return 2;
    }
}

int main(void) {
    const char *s = "hello world";
    int counts[3] = {0, 0, 0};
    for (int i = 0; s[i]; i++) counts[classify(s[i])]++;
    printf("%d %d %d\n", counts[0], counts[1], counts[2]);
    return 0;
}
// expect: 7 3 1
