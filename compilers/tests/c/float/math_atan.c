// <math.h>'s atan and atan2, correctly rounded, against glibc's: ordinary arguments, and every special
// case of C99's atan2 (signed zeros, infinities, NaN).
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {0.0, -0.0, 1e-9, 0.0625, 0.1, 0.5, 1.0, -1.0, 2.0, 3.0, 10.0, -33.3, 1e6, 1e300, 12345.678,
                   0.9375, 1.5, INFINITY, -INFINITY};
    double special[] = {0.0, -0.0, 1.0, -1.0, INFINITY, -INFINITY};
    int n = sizeof xs / sizeof xs[0];
    int i;
    int j;
    for (i = 0; i < n; i++) {
        double x = same(xs[i]);
        printf("%a %a %a\n", atan(x), atan2(x, 3.0), atan2(-7.25, x));
    }
    for (i = 0; i < 6; i++) {
        for (j = 0; j < 6; j++)
            printf(" %a", atan2(same(special[i]), same(special[j])));
        printf("\n");
    }
    for (i = 0; i < 8; i++) {
        double angle = atan2(sin(i * M_PI / 4), cos(i * M_PI / 4));
        printf("%d: %.6f degrees\n", i * 45, angle * 180 / M_PI);
    }
    printf("%.17g %.9g %.9g\n", 4 * atan(1.0), atanf(0.5f), atan2f(1.0f, 3.0f));
    printf("%f %f\n", atan(same(0.0) / same(0.0)), atan2(same(1.0), same(0.0) / same(0.0)));
    return 0;
}
// expect: 0x0p+0 0x0p+0 -0x1.921fb54442d18p+0
// expect: -0x0p+0 -0x0p+0 -0x1.921fb54442d18p+0
// expect: 0x1.12e0be826d695p-30 0x1.6e80fe033c8c7p-32 -0x1.921fb543ab296p+0
// expect: 0x1.ff55bb72cfdeap-5 0x1.5548b1d4876dcp-6 -0x1.8feac1ad488f3p+0
// expect: 0x1.983e282e2cc4dp-4 0x1.10f7317226afdp-5 -0x1.8e97d21077c5cp+0
// expect: 0x1.dac670561bb4fp-2 0x1.52397843c9addp-3 -0x1.807f2112987c7p+0
// expect: 0x1.921fb54442d18p-1 0x1.4978fa3269ee1p-2 -0x1.6f08f07435fecp+0
// expect: -0x1.921fb54442d18p-1 -0x1.4978fa3269ee1p-2 -0x1.b5367a144fa45p+0
// expect: 0x1.1b6e192ebbe44p+0 0x1.2d0ead6066395p-1 -0x1.4d378c1999a0dp+0
// expect: 0x1.3fc176b7a856p+0 0x1.921fb54442d18p-1 -0x1.2daf4debf28bdp+0
// expect: 0x1.789bd2c160054p+0 0x1.4782cbabc8157p+0 -0x1.412e8a14acaffp-1
// expect: -0x1.8a704055524e8p+0 -0x1.7b1f75afa5827p+0 -0x1.76af27b0b9f16p+1
// expect: 0x1.921fa47d4b30dp+0 0x1.921f82ef5bef6p+0 -0x1.e68a0d34774c2p-18
// expect: 0x1.921fb54442d18p+0 0x1.921fb54442d18p+0 -0x1.36bccc8b19c88p-994
// expect: 0x1.921a664fe1dc4p+0 0x1.920fc867249e7p+0 -0x1.33e35bb1110dfp-11
// expect: 0x1.819d0b7158a4dp-1 0x1.362773707ebccp-2 -0x1.7133fdcdd38a8p+0
// expect: 0x1.f730bd281f69bp-1 0x1.dac670561bb4fp-2 -0x1.5de52f8e1d71dp+0
// expect: 0x1.921fb54442d18p+0 0x1.921fb54442d18p+0 -0x0p+0
// expect: -0x1.921fb54442d18p+0 -0x1.921fb54442d18p+0 -0x1.921fb54442d18p+1
// expect:  0x0p+0 0x1.921fb54442d18p+1 0x0p+0 0x1.921fb54442d18p+1 0x0p+0 0x1.921fb54442d18p+1
// expect:  -0x0p+0 -0x1.921fb54442d18p+1 -0x0p+0 -0x1.921fb54442d18p+1 -0x0p+0 -0x1.921fb54442d18p+1
// expect:  0x1.921fb54442d18p+0 0x1.921fb54442d18p+0 0x1.921fb54442d18p-1 0x1.2d97c7f3321d2p+1 0x0p+0 0x1.921fb54442d18p+1
// expect:  -0x1.921fb54442d18p+0 -0x1.921fb54442d18p+0 -0x1.921fb54442d18p-1 -0x1.2d97c7f3321d2p+1 -0x0p+0 -0x1.921fb54442d18p+1
// expect:  0x1.921fb54442d18p+0 0x1.921fb54442d18p+0 0x1.921fb54442d18p+0 0x1.921fb54442d18p+0 0x1.921fb54442d18p-1 0x1.2d97c7f3321d2p+1
// expect:  -0x1.921fb54442d18p+0 -0x1.921fb54442d18p+0 -0x1.921fb54442d18p+0 -0x1.921fb54442d18p+0 -0x1.921fb54442d18p-1 -0x1.2d97c7f3321d2p+1
// expect: 0: 0.000000 degrees
// expect: 45: 45.000000 degrees
// expect: 90: 90.000000 degrees
// expect: 135: 135.000000 degrees
// expect: 180: 180.000000 degrees
// expect: 225: -135.000000 degrees
// expect: 270: -90.000000 degrees
// expect: 315: -45.000000 degrees
// expect: 3.1415926535897931 0.463647604 0.321750551
// expect: -nan -nan
