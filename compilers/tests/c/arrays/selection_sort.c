// Selection sort of characters.
#include <stdio.h>

int main(void) {
    char s[] = "analytical";
    int n = sizeof s - 1;
    for (int i = 0; i < n - 1; i++) {
        int m = i;
        for (int j = i + 1; j < n; j++)
            if (s[j] < s[m]) m = j;
        char t = s[i];
        s[i] = s[m];
        s[m] = t;
    }
    printf("%s\n", s);
    return 0;
}
// expect: aaacillnty
