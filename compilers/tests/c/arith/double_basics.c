// double is decimal fixed point on the Engine: the four operations and mixed int arithmetic.
#include <stdio.h>

int main(void) {
    double a = 7.25, b = 2.5;
    printf("%f %f %f %f\n", a + b, a - b, a * b, a / b);
    int n = 3;
    printf("%f %f\n", a * n, n / b);
    printf("%d %d %d\n", a > b, a == 7.25, b != 2.5);
    double c = -a;
    printf("%f\n", c);
    return 0;
}
// expect: 9.750000 4.750000 18.125000 2.900000
// expect: 21.750000 1.200000
// expect: 1 1 0
// expect: -7.250000
