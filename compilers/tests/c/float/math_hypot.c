// <math.h>'s hypot, correctly rounded, against glibc's: ordinary sides, sides whose squares overflow or
// underflow (the result does not), very different magnitudes, zeros, and an infinity beating a NaN.
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {3.0, 5.0, 1.0, 0.1, -7.5, 1e308, 1e-310, 1e200, 1.0, 0.0, -0.0, 123456.789, 1e-160};
    double ys[] = {4.0, -12.0, 1.0, 0.2, 2.25, 1e308, 3e-310, 1e-200, 1e-20, -0.0, 2.5, 987654.321, 1e-160};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++)
        printf("%a %.17g\n", hypot(same(xs[i]), same(ys[i])), hypot(same(ys[i]), same(xs[i])));
    for (i = 1; i <= 5; i++)
        printf("diagonal of a %d x %d square: %.6f\n", i, i, hypot(i, i));
    printf("%.9g %f %f %f\n", hypotf(3.0f, 4.0f), hypot(same(0.0) / same(0.0), same(-INFINITY)), hypot(same(1.0), same(0.0) / same(0.0)),
           hypot(same(1.7e308), same(1.7e308)));
    return 0;
}
// expect: 0x1.4p+2 5
// expect: 0x1.ap+3 13
// expect: 0x1.6a09e667f3bcdp+0 1.4142135623730951
// expect: 0x1.c9f25c5bfeddap-3 0.22360679774997899
// expect: 0x1.f5227c837f5d2p+2 7.8302298816829126
// expect: 0x1.92c80954c51f5p+1023 1.4142135623730951e+308
// expect: 0x0.03a365ff2ea11p-1022 3.1622776601683801e-310
// expect: 0x1.4e718d7d7625ap+664 9.9999999999999997e+199
// expect: 0x1p+0 1
// expect: 0x0p+0 0
// expect: 0x1.4p+1 2.5
// expect: 0x1.e6018ecdd4a49p+19 995340.46262581006
// expect: 0x1.fcfe76481c4b2p-532 1.414213562373095e-160
// expect: diagonal of a 1 x 1 square: 1.414214
// expect: diagonal of a 2 x 2 square: 2.828427
// expect: diagonal of a 3 x 3 square: 4.242641
// expect: diagonal of a 4 x 4 square: 5.656854
// expect: diagonal of a 5 x 5 square: 7.071068
// expect: 5 inf -nan inf
