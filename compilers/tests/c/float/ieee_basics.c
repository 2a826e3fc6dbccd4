// double and float as IEEE 754: arithmetic, conversions, static initialisers, <math.h>, <float.h> and printf.
#include <stdio.h>
#include <math.h>
#include <float.h>
double g = 2.5;
static double s = -1.5;
float fg = 0.1f;
double twice(double x) { return x * 2; }
int main(void) {
    double x = 0.1, y = 0.2;
    float f = 1.0f / 3.0f;
    int i;
    double sum = 0;
    printf("%.17g %.17g %.17g\n", x + y, x * y, x / y);
    printf("%f %e %g %a\n", x + y, x + y, x + y, x + y);
    printf("%.20f %.3e %G %A\n", 1.0 / 3, 12345.6789, 1e-10, 255.5);
    printf("%.9g %a %f\n", f, f, fg);
    printf("%g %g %g\n", g, s, twice(g));
    for (i = 0; i < 10; i++) sum += 0.1;
    printf("%.17g %d\n", sum, sum == 1.0);
    printf("%d %d %ld\n", (int)2.9, (int)-2.9, (long)1e18);
    printf("%f %f %f %f\n", sqrt(2.0), floor(-2.5), ceil(-2.5), fmod(10.0, 3.0));
    printf("%.17g %.9g\n", sqrt(x), sqrtf(2.0f));
    printf("%g %g %g\n", DBL_MAX, DBL_MIN, DBL_EPSILON);
    printf("%g %g %d\n", HUGE_VAL, -HUGE_VAL, isnan(x));
    printf("%.17g %.17g\n", 0x1.8p3, 0x1p-1074);
    printf("%e %g\n", 5e-324, 1.7976931348623157e308);
    printf("[%10.3f] [%-10.2e] [%+g] [% g] [%010.4f] [%#g] [%#.0f]\n", 3.14159, 2.5, 1.0, 2.0, -3.5, 1.0, 2.0);
    x = 1e308;
    printf("%g %g\n", x * 10, -x * 10);
    y = 0.0;
    printf("%d %d %d\n", x > y, x < y, y == -y);
    printf("%g\n", M_PI);
    {
        unsigned long u = 18446744073709551615UL;
        long big = 9007199254740993L;
        double d = u;
        float ff = big;
        printf("%.17g %.9g %lu\n", d, ff, (unsigned long)1e19);
    }
    if (y) printf("y is true\n"); else printf("y is false\n");
    y = -0.0;
    if (!y) printf("-0 is false\n");
    printf("%g %g\n", y, -y);
    i = 7;
    x = i / 2;
    printf("%g %g\n", x, i / 2.0);
    x++;
    printf("%g\n", x);
    x -= 0.5;
    f += 1;
    printf("%g %.9g\n", x, f);
    return 0;
}
// expect: 0.30000000000000004 0.020000000000000004 0.5
// expect: 0.300000 3.000000e-01 0.3 0x1.3333333333334p-2
// expect: 0.33333333333333331483 1.235e+04 1E-10 0X1.FFP+7
// expect: 0.333333343 0x1.555556p-2 0.100000
// expect: 2.5 -1.5 5
// expect: 0.99999999999999989 0
// expect: 2 -2 1000000000000000000
// expect: 1.414214 -3.000000 -2.000000 1.000000
// expect: 0.31622776601683794 1.41421354
// expect: 1.79769e+308 2.22507e-308 2.22045e-16
// expect: inf -inf 0
// expect: 12 4.9406564584124654e-324
// expect: 4.940656e-324 1.79769e+308
// expect: [     3.142] [2.50e+00  ] [+1] [ 2] [-0003.5000] [1.00000] [2.]
// expect: inf -inf
// expect: 1 0 1
// expect: 3.14159
// expect: 1.8446744073709552e+19 9.00719925e+15 10000000000000000000
// expect: y is false
// expect: -0 is false
// expect: -0 0
// expect: 3 3.5
// expect: 4
// expect: 3.5 1.33333337
