// Summing series in double: harmonic numbers and an approximation of e.
#include <stdio.h>

int main(void) {
    double h = 0;
    for (int k = 1; k <= 20; k++) {
        h += 1.0 / k;
        if (k % 5 == 0) printf("H(%d) = %.5f\n", k, h);
    }
    double e = 1, term = 1;
    for (int k = 1; k < 15; k++) {
        term /= k;
        e += term;
    }
    printf("e = %.8f\n", e);
    return 0;
}
// expect: H(5) = 2.28333
// expect: H(10) = 2.92897
// expect: H(15) = 3.31823
// expect: H(20) = 3.59774
// expect: e = 2.71828183
