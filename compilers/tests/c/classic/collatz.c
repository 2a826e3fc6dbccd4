// The Collatz (hailstone) sequence: the sequence of 27 in full, and the start below 10,000 with the
// longest sequence, its length and its highest value, in long arithmetic.
#include <stdio.h>

int steps(long n, long *peak) {
    int count = 1;
    *peak = n;
    while (n != 1) {
        n = n % 2 == 0 ? n / 2 : 3 * n + 1;
        if (n > *peak) *peak = n;
        count++;
    }
    return count;
}

int main(void) {
    long n = 27, peak;
    int column = 0;
    while (1) {
        printf("%5ld%s", n, ++column % 12 == 0 ? "\n" : "");
        if (n == 1) break;
        n = n % 2 ? 3 * n + 1 : n / 2;
    }
    printf("\n27 takes %d terms\n", steps(27, &peak));
    int best = 0;
    long best_start = 0, best_peak = 0;
    for (long start = 1; start < 10000; start += 1) {
        int length = steps(start, &peak);
        if (length > best) {
            best = length;
            best_start = start;
            best_peak = peak;
        }
    }
    printf("%ld: %d terms, highest %ld\n", best_start, best, best_peak);
    return 0;
}
// max-steps: 40000000
// expect:    27   82   41  124   62   31   94   47  142   71  214  107
// expect:   322  161  484  242  121  364  182   91  274  137  412  206
// expect:   103  310  155  466  233  700  350  175  526  263  790  395
// expect:  1186  593 1780  890  445 1336  668  334  167  502  251  754
// expect:   377 1132  566  283  850  425 1276  638  319  958  479 1438
// expect:   719 2158 1079 3238 1619 4858 2429 7288 3644 1822  911 2734
// expect:  1367 4102 2051 6154 3077 9232 4616 2308 1154  577 1732  866
// expect:   433 1300  650  325  976  488  244  122   61  184   92   46
// expect:    23   70   35  106   53  160   80   40   20   10    5   16
// expect:     8    4    2    1
// expect: 27 takes 112 terms
// expect: 6171: 262 terms, highest 975400
