// typedef names for structs and scalars.
#include <stdio.h>

typedef int Number;
typedef struct {
    Number num;
    Number den;
} Fraction;

Number gcd(Number a, Number b) {
    while (b) {
        Number t = a % b;
        a = b;
        b = t;
    }
    return a;
}

void reduce(Fraction *f) {
    Number g = gcd(f->num, f->den);
    f->num /= g;
    f->den /= g;
}

int main(void) {
    Fraction f = {84, 36};
    reduce(&f);
    printf("%d/%d\n", f.num, f.den);
    return 0;
}
// expect: 7/3
