// Rosetta Code style: the Luhn test of credit card numbers, a program written as such collections write it (expected output from gcc).
#include <stdio.h>
#include <string.h>

int luhn(const char *cc) {
    const int m[] = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    int i, odd = 1, sum = 0;
    for (i = strlen(cc); i--; odd = !odd) {
        int digit = cc[i] - '0';
        sum += odd ? digit : m[digit];
    }
    return sum % 10 == 0;
}

int main(void) {
    const char *cc[] = {"49927398716", "49927398717", "1234567812345678", "1234567812345670", 0};
    int i;
    for (i = 0; cc[i]; i++)
        printf("%16s\t%s\n", cc[i], luhn(cc[i]) ? "ok" : "not ok");
    return 0;
}
// expect:      49927398716	ok
// expect:      49927398717	not ok
// expect: 1234567812345678	not ok
// expect: 1234567812345670	ok
