// A struct holding an array, filled and read back.
#include <stdio.h>

struct polynomial {
    int degree;
    int coeff[6];
};

long evaluate(const struct polynomial *p, long x) {
    long result = 0;
    for (int i = p->degree; i >= 0; i--) result = result * x + p->coeff[i];
    return result;
}

int main(void) {
    struct polynomial p = {3, {1, -2, 0, 4}};
    for (long x = -2; x <= 2; x++) printf("%ld ", evaluate(&p, x));
    printf("\n");
    return 0;
}
// expect: -27 -1 1 3 29 
