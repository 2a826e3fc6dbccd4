// Numbers spelled in English words ("one thousand two hundred thirty-four"), recursively by groups of
// three digits, up to the billions, negatives and zero included, built with strcat into a buffer.
#include <stdio.h>
#include <string.h>

static const char *ones[] = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                             "eighteen", "nineteen"};
static const char *tens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

static void below_thousand(int n, char *out) {
    if (n >= 100) {
        strcat(out, ones[n / 100]);
        strcat(out, " hundred");
        n %= 100;
        if (n) strcat(out, " ");
    }
    if (n >= 20) {
        strcat(out, tens[n / 10]);
        if (n % 10) {
            strcat(out, "-");
            strcat(out, ones[n % 10]);
        }
    } else if (n > 0) {
        strcat(out, ones[n]);
    }
}

void spell(long long n, char *out) {
    static const char *scales[] = {"", " thousand", " million", " billion"};
    out[0] = '\0';
    if (n == 0) {
        strcpy(out, "zero");
        return;
    }
    if (n < 0) {
        strcpy(out, "minus ");
        n = -n;
    }
    int groups[4], count = 0;
    while (n > 0) {
        groups[count++] = (int)(n % 1000);
        n /= 1000;
    }
    for (int g = count - 1; g >= 0; g--) {
        if (groups[g] == 0) continue;
        if (out[0] && out[strlen(out) - 1] != ' ') strcat(out, " ");
        below_thousand(groups[g], out);
        strcat(out, scales[g]);
    }
}

int main(void) {
    long long numbers[] = {0, 7, 13, 21, 100, 101, 342, 1000, 1234, 90017, 1000001, -45, 2147483647LL, 999999999999LL};
    char text[256];
    for (int i = 0; i < 14; i++) {
        spell(numbers[i], text);
        printf("%lld: %s\n", numbers[i], text);
    }
    return 0;
}
// expect: 0: zero
// expect: 7: seven
// expect: 13: thirteen
// expect: 21: twenty-one
// expect: 100: one hundred
// expect: 101: one hundred one
// expect: 342: three hundred forty-two
// expect: 1000: one thousand
// expect: 1234: one thousand two hundred thirty-four
// expect: 90017: ninety thousand seventeen
// expect: 1000001: one million one
// expect: -45: minus forty-five
// expect: 2147483647: two billion one hundred forty-seven million four hundred eighty-three thousand six hundred forty-seven
// expect: 999999999999: nine hundred ninety-nine billion nine hundred ninety-nine million nine hundred ninety-nine thousand nine hundred ninety-nine
