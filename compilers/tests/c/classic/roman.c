// Rosetta Code style: Roman numerals, encoding and decoding, a program written as such collections write it (expected output from gcc).
#include <stdio.h>
#include <string.h>

static const struct { int value; const char *symbol; } numerals[] = {
    {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
    {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}
};

void to_roman(int n, char *out) {
    *out = '\0';
    for (size_t i = 0; i < sizeof numerals / sizeof numerals[0]; i++)
        while (n >= numerals[i].value) {
            strcat(out, numerals[i].symbol);
            n -= numerals[i].value;
        }
}

int digit(char c) {
    switch (c) {
    case 'I': return 1; case 'V': return 5; case 'X': return 10; case 'L': return 50;
    case 'C': return 100; case 'D': return 500; case 'M': return 1000;
    default: return 0;
    }
}

int from_roman(const char *s) {
    int total = 0;
    for (; *s; s++) {
        int v = digit(*s);
        if (s[1] && digit(s[1]) > v) total -= v; else total += v;
    }
    return total;
}

int main(void) {
    int tests[] = {1990, 2008, 1666, 4, 3999, 14};
    char buf[32];
    for (int i = 0; i < 6; i++) {
        to_roman(tests[i], buf);
        printf("%4d %-12s %d\n", tests[i], buf, from_roman(buf));
    }
    return 0;
}
// expect: 1990 MCMXC        1990
// expect: 2008 MMVIII       2008
// expect: 1666 MDCLXVI      1666
// expect:    4 IV           4
// expect: 3999 MMMCMXCIX    3999
// expect:   14 XIV          14
