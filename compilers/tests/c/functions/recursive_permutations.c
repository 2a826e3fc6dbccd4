// Printing every permutation of a short string by recursion.
#include <stdio.h>

int count = 0;

void permute(char *s, int k, int n) {
    if (k == n) {
        count++;
        if (count <= 4) printf("%s\n", s);
        return;
    }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

int main(void) {
    char s[] = "abcd";
    permute(s, 0, 4);
    printf("%d permutations\n", count);
    return 0;
}
// expect: abcd
// expect: abdc
// expect: acbd
// expect: acdb
// expect: 24 permutations
