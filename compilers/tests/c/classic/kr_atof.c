// K&R 4.2 and exercise 4-2: atof by hand, its sign, its fraction and an exponent (e or E, signed), compared
// with the library's strtod (which rounds correctly; the hand-made one may differ in the last place, so
// both are printed to 17 significant digits), and K&R's atoi and its hexadecimal cousin htoi (exercise 2-3).
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

double my_atof(const char s[]) {
    double val, power;
    int i, sign, esign, exp;
    for (i = 0; isspace(s[i]); i++)
        ;
    sign = (s[i] == '-') ? -1 : 1;
    if (s[i] == '+' || s[i] == '-') i++;
    for (val = 0.0; isdigit(s[i]); i++) val = 10.0 * val + (s[i] - '0');
    if (s[i] == '.') i++;
    for (power = 1.0; isdigit(s[i]); i++) {
        val = 10.0 * val + (s[i] - '0');
        power *= 10.0;
    }
    val = sign * val / power;
    if (s[i] == 'e' || s[i] == 'E') {
        i++;
        esign = (s[i] == '-') ? -1 : 1;
        if (s[i] == '+' || s[i] == '-') i++;
        for (exp = 0; isdigit(s[i]); i++) exp = 10 * exp + (s[i] - '0');
        while (exp-- > 0) val = esign > 0 ? val * 10 : val / 10;
    }
    return val;
}

int htoi(const char *s) {
    int n = 0;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s += 2;
    for (; isxdigit(*s); s++) n = 16 * n + (isdigit(*s) ? *s - '0' : tolower(*s) - 'a' + 10);
    return n;
}

int main(void) {
    const char *numbers[] = {"3.14159", "  -2.5", "+1e3", "123.456e-2", "6.02E23", "0.1", "-0.0", "1e-5", "42"};
    for (int i = 0; i < 9; i++) {
        double mine = my_atof(numbers[i]), library = strtod(numbers[i], NULL);
        printf("%-12s %.17g %.17g %s %g\n", numbers[i], mine, library, mine == library ? "same" : "differ",
               atof(numbers[i]));
    }
    printf("%d %d %d %d\n", htoi("0x1F"), htoi("ff"), htoi("0XABC"), atoi("  -1729xyz"));
    return 0;
}
// expect: 3.14159      3.1415899999999999 3.1415899999999999 same 3.14159
// expect:   -2.5       -2.5 -2.5 same -2.5
// expect: +1e3         1000 1000 same 1000
// expect: 123.456e-2   1.2345600000000001 1.2345600000000001 same 1.23456
// expect: 6.02E23      6.02e+23 6.02e+23 same 6.02e+23
// expect: 0.1          0.10000000000000001 0.10000000000000001 same 0.1
// expect: -0.0         -0 -0 same -0
// expect: 1e-5         1.0000000000000001e-05 1.0000000000000001e-05 same 1e-05
// expect: 42           42 42 same 42
// expect: 31 255 2748 -1729
