// <math.h>'s round, lround, copysign, fmin and fmax: exact, as glibc's.
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, -0.0, 0.0, 4503599627370497.0,
                   1e300, -7.25, 123456.5, 1e-300};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++) {
        double x = same(xs[i]);
        printf("%g %ld %g %g %g %g\n", round(x), lround(x < 1e18 ? x : 0.0), copysign(3.0, x), copysign(x, -1.0),
               fmin(x, 0.25), fmax(x, -0.0));
    }
    printf("%g %g %g %g\n", fmin(same(-0.0), 0.0), fmin(same(0.0), -0.0), fmax(same(-0.0), 0.0), fmax(same(0.0), -0.0));
    printf("%g %g %g\n", fmin(same(0.0) / same(0.0), 1.0), fmax(2.0, same(0.0) / same(0.0)), round(same(-0.2)));
    printf("%g %ld %g\n", roundf(2.5f), lroundf(-3.5f), copysignf(1.0f, -0.0f));
    return 0;
}
// expect: 1 1 3 -0.5 0.25 0.5
// expect: 2 2 3 -1.5 0.25 1.5
// expect: 3 3 3 -2.5 0.25 2.5
// expect: -1 -1 -3 -0.5 -0.5 -0
// expect: -2 -2 -3 -1.5 -1.5 -0
// expect: -3 -3 -3 -2.5 -2.5 -0
// expect: 0 0 3 -0.5 0.25 0.5
// expect: -0 0 -3 -0 -0 -0
// expect: 0 0 3 -0 0 -0
// expect: 4.5036e+15 4503599627370497 3 -4.5036e+15 0.25 4.5036e+15
// expect: 1e+300 0 3 -1e+300 0.25 1e+300
// expect: -7 -7 -3 -7.25 -7.25 -0
// expect: 123457 123457 3 -123456 0.25 123456
// expect: 0 0 3 -1e-300 1e-300 1e-300
// expect: 0 -0 0 -0
// expect: 1 2 -0
// expect: 3 -4 -1
