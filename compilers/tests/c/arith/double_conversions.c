// Conversions between double and the integer types truncate toward zero.
#include <stdio.h>

int main(void) {
    double values[4] = {2.9, -2.9, 0.5, 123456.789};
    for (int i = 0; i < 4; i++) {
        int truncated = (int)values[i];
        long as_long = values[i];
        printf("%d %ld\n", truncated, as_long);
    }
    double from_int = 7;
    double quotient = 7 / 2;
    double exact = 7 / 2.0;
    printf("%f %f %f\n", from_int, quotient, exact);
    unsigned char small = 300.7 - 100;
    printf("%d\n", small);
    return 0;
}
// expect: 2 2
// expect: -2 -2
// expect: 0 0
// expect: 123456 123456
// expect: 7.000000 3.000000 3.500000
// expect: 200
