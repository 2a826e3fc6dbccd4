// Converting numbers to strings by hand.
#include <stdio.h>

void itoa(int n, char *out) {
    char tmp[12];
    int i = 0, neg = n < 0;
    if (neg) n = -n;
    do {
        tmp[i++] = '0' + n % 10;
        n /= 10;
    } while (n > 0);
    if (neg) tmp[i++] = '-';
    int j = 0;
    while (i > 0) out[j++] = tmp[--i];
    out[j] = '\0';
}

int main(void) {
    char buf[12];
    int values[4] = {0, 7, -305, 2147483647};
    for (int k = 0; k < 4; k++) {
        itoa(values[k], buf);
        printf("[%s]\n", buf);
    }
    return 0;
}
// expect: [0]
// expect: [7]
// expect: [-305]
// expect: [2147483647]
