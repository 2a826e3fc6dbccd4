// Newton's method for square roots in double.
#include <stdio.h>

double root(double v) {
    double x = v > 1 ? v / 2 : 1;
    for (int i = 0; i < 30; i++) x = (x + v / x) / 2;
    return x;
}

int main(void) {
    int numbers[5] = {2, 3, 10, 144, 1000};
    for (int i = 0; i < 5; i++) printf("sqrt(%d) = %.6f\n", numbers[i], root(numbers[i]));
    return 0;
}
// expect: sqrt(2) = 1.414214
// expect: sqrt(3) = 1.732051
// expect: sqrt(10) = 3.162278
// expect: sqrt(144) = 12.000000
// expect: sqrt(1000) = 31.622777
