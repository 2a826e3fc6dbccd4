// <math.h>'s sqrt (correctly rounded), fabs, floor, ceil, trunc and fmod against glibc, bit for bit.
#include <stdio.h>
#include <math.h>

int main(void) {
    double xs[] = {0.0, -0.0, 0.5, 1.0, 2.0, 3.0, 10.0, 1e-300, 1e300, 123456.789, 0.1, 7.5, -7.5, -0.25,
                   4503599627370495.5, 1e16, 5e-324, 2.2250738585072014e-308};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++) {
        double x = xs[i];
        printf("%a %a %a %a %a %a\n", sqrt(fabs(x)), fabs(x), floor(x), ceil(x), trunc(x), fmod(x, 0.75));
        printf("%.17g %.17g %.17g\n", fmod(x, -3.0), fmod(1e300, x == 0 ? 1.0 : x), fmod(-x, 1e-300));
    }
    printf("%a %a %a\n", sqrtf(2.0f), floorf(-0.5f), fmodf(10.0f, 3.0f));
    printf("%.17g %.17g %.17g\n", M_PI, M_E, M_SQRT2);
    printf("%d %d %d\n", isnan(sqrt(-1.0)), isinf(HUGE_VAL), isfinite(1e308));
    return 0;
}
// expect: 0x0p+0 0x0p+0 0x0p+0 0x0p+0 0x0p+0 0x0p+0
// expect: 0 0 -0
// expect: 0x0p+0 0x0p+0 -0x0p+0 -0x0p+0 -0x0p+0 -0x0p+0
// expect: -0 0 0
// expect: 0x1.6a09e667f3bcdp-1 0x1p-1 0x0p+0 0x1p+0 0x0p+0 0x1p-1
// expect: 0.5 0 -4.4815932640198558e-301
// expect: 0x1p+0 0x1p+0 0x1p+0 0x1p+0 0x1p+0 0x1p-2
// expect: 1 0 -8.9631865280397117e-301
// expect: 0x1.6a09e667f3bcdp+0 0x1p+1 0x1p+1 0x1p+1 0x1p+1 0x1p-1
// expect: 2 0 -7.9263730560794231e-301
// expect: 0x1.bb67ae8584caap+0 0x1.8p+1 0x1.8p+1 0x1.8p+1 0x1.8p+1 0x0p+0
// expect: 0 0 -6.8895595841191346e-301
// expect: 0x1.94c583ada5b53p+1 0x1.4p+3 0x1.4p+3 0x1.4p+3 0x1.4p+3 0x1p-2
// expect: 1 0 -9.6318652803971148e-301
// expect: 0x1.a2fe76a3f9475p-499 0x1.56e1fc2f8f359p-997 0x0p+0 0x1p+0 0x0p+0 0x1.56e1fc2f8f359p-997
// expect: 1e-300 4.891554850853602e-301 -0
// expect: 0x1.38d352e5096afp+498 0x1.7e43c8800759cp+996 0x1.7e43c8800759cp+996 0x1.7e43c8800759cp+996 0x1.7e43c8800759cp+996 0x0p+0
// expect: 0 0 -4.891554850853602e-301
// expect: 0x1.5f5d3b16948f6p+8 0x1.e240c9fbe76c9p+16 0x1.e24p+16 0x1.e241p+16 0x1.e24p+16 0x1.3f7ced92p-5
// expect: 0.78900000000430737 40631.9479469543 -4.1025794286628083e-301
// expect: 0x1.43d136248490fp-2 0x1.999999999999ap-4 0x0p+0 0x1p+0 0x0p+0 0x1.999999999999ap-4
// expect: 0.10000000000000001 0.00011215964963492975 -1.3536541695268661e-301
// expect: 0x1.5e8add236a58fp+1 0x1.ep+2 0x1.cp+2 0x1p+3 0x1.cp+2 0x0p+0
// expect: 1.5 0 -7.2238989602978361e-301
// expect: 0x1.5e8add236a58fp+1 0x1.ep+2 -0x1p+3 -0x1.cp+2 -0x1.cp+2 -0x0p+0
// expect: -1.5 0 7.2238989602978361e-301
// expect: 0x1p-1 0x1p-2 -0x1p+0 -0x0p+0 -0x0p+0 -0x1p-2
// expect: -0.25 0 7.240796632009928e-301
// expect: 0x1.fffffffffffffp+25 0x1.fffffffffffffp+51 0x1.ffffffffffffep+51 0x1p+52 0x1.ffffffffffffep+51 0x1p-1
// expect: 0.5 3630557584031773 -9.8502107328943633e-301
// expect: 0x1.7d784p+26 0x1.1c37937e08p+53 0x1.1c37937e08p+53 0x1.1c37937e08p+53 0x1.1c37937e08p+53 0x1p-2
// expect: 1 6865459400540160 -4.6076999974332963e-301
// expect: 0x1p-537 0x0.0000000000001p-1022 0x0p+0 0x1p+0 0x0p+0 0x0.0000000000001p-1022
// expect: 4.9406564584124654e-324 0 -4.9406564584124654e-324
// expect: 0x1p-511 0x1p-1022 0x0p+0 0x1p+0 0x0p+0 0x1p-1022
// expect: 2.2250738585072014e-308 0 -2.2250738585072014e-308
// expect: 0x1.6a09e6p+0 -0x1p+0 0x1p+0
// expect: 3.1415926535897931 2.7182818284590451 1.4142135623730951
// expect: 1 1 1
