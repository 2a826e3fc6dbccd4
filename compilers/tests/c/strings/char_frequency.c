// Letter frequencies in a sentence.
#include <stdio.h>

int main(void) {
    const char *s = "the analytical engine has no pretensions whatever to originate anything";
    int freq[26] = {0};
    for (const char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z') freq[*p - 'a']++;
    for (int i = 0; i < 26; i++)
        if (freq[i] >= 5) printf("%c %d\n", 'a' + i, freq[i]);
    return 0;
}
// expect: a 7
// expect: e 8
// expect: i 6
// expect: n 9
// expect: t 7
