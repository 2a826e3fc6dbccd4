// Edit distance (Levenshtein) by dynamic programming over a table, for pairs of words; and the
// alignment read back from the table.
#include <stdio.h>
#include <string.h>

#define MAX 32

static int min3(int a, int b, int c) {
    int m = a < b ? a : b;
    return m < c ? m : c;
}

int distance(const char *s, const char *t, int d[MAX][MAX]) {
    int n = (int)strlen(s), m = (int)strlen(t);
    for (int i = 0; i <= n; i++) d[i][0] = i;
    for (int j = 0; j <= m; j++) d[0][j] = j;
    for (int i = 1; i <= n; i++)
        for (int j = 1; j <= m; j++)
            d[i][j] = min3(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] != t[j - 1]));
    return d[n][m];
}

void alignment(const char *s, const char *t, int d[MAX][MAX]) {
    char top[2 * MAX], bottom[2 * MAX];
    int i = (int)strlen(s), j = (int)strlen(t), k = 0;
    while (i > 0 || j > 0) {
        if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (s[i - 1] != t[j - 1])) {
            top[k] = s[--i];
            bottom[k++] = t[--j];
        } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
            top[k] = s[--i];
            bottom[k++] = '-';
        } else {
            top[k] = '-';
            bottom[k++] = t[--j];
        }
    }
    for (int x = k - 1; x >= 0; x--) putchar(top[x]);
    putchar('\n');
    for (int x = k - 1; x >= 0; x--) putchar(bottom[x]);
    putchar('\n');
}

int main(void) {
    static int d[MAX][MAX];
    const char *pairs[][2] = {{"kitten", "sitting"}, {"rosettacode", "raisethysword"}, {"", "abc"},
                              {"saturday", "sunday"}, {"babbage", "cabbage"}, {"engine", "engine"}};
    for (int p = 0; p < 6; p++) {
        printf("%s -> %s: %d\n", pairs[p][0], pairs[p][1], distance(pairs[p][0], pairs[p][1], d));
        alignment(pairs[p][0], pairs[p][1], d);
    }
    return 0;
}
// expect: kitten -> sitting: 3
// expect: kitten-
// expect: sitting
// expect: rosettacode -> raisethysword: 8
// expect: r-oset-tacode
// expect: raisethysword
// expect:  -> abc: 3
// expect: ---
// expect: abc
// expect: saturday -> sunday: 3
// expect: saturday
// expect: s--unday
// expect: babbage -> cabbage: 1
// expect: babbage
// expect: cabbage
// expect: engine -> engine: 0
// expect: engine
// expect: engine
