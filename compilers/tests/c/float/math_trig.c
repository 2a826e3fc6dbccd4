// <math.h>'s sin, cos and tan, correctly rounded, against glibc's on ordinary arguments.
#include <stdio.h>
#include <math.h>

double same(double x) { return x; }

int main(void) {
    double xs[] = {0.0, -0.0, 1e-9, 0.5, 1.0, -1.0, 2.0, 3.0, M_PI, M_PI / 2, M_PI / 4, M_PI / 6, 10.0, 100.0,
                   -33.3, 1000.0, 12345.678, 0.1, 1.5, 60000.0};
    int n = sizeof xs / sizeof xs[0];
    int i;
    for (i = 0; i < n; i++) {
        double x = same(xs[i]);
        printf("%a %a %a\n", sin(x), cos(x), tan(x));
    }
    for (i = 0; i < 8; i++) {
        double angle = i * M_PI / 4;
        printf("%d: %9.6f %9.6f\n", i * 45, cos(angle), sin(angle));
    }
    printf("%.9g %.9g %.9g\n", sinf(0.5f), cosf(0.5f), tanf(0.5f));
    printf("%f %f\n", sin(same(INFINITY)), cos(same(0.0) / same(0.0)));
    return 0;
}
// expect: 0x0p+0 0x1p+0 0x0p+0
// expect: -0x0p+0 0x1p+0 -0x0p+0
// expect: 0x1.12e0be826d695p-30 0x1p+0 0x1.12e0be826d695p-30
// expect: 0x1.eaee8744b05fp-2 0x1.c1528065b7d5p-1 0x1.17b4f5bf3474ap-1
// expect: 0x1.aed548f090ceep-1 0x1.14a280fb5068cp-1 0x1.8eb245cbee3a6p+0
// expect: -0x1.aed548f090ceep-1 0x1.14a280fb5068cp-1 -0x1.8eb245cbee3a6p+0
// expect: 0x1.d18f6ead1b446p-1 -0x1.aa22657537205p-2 -0x1.17af62e0950f8p+1
// expect: 0x1.210386db6d55bp-3 -0x1.fae04be85e5d2p-1 -0x1.23ef71254b86fp-3
// expect: 0x1.1a62633145c07p-53 -0x1p+0 -0x1.1a62633145c07p-53
// expect: 0x1p+0 0x1.1a62633145c07p-54 0x1.d02967c31cdb5p+53
// expect: 0x1.6a09e667f3bccp-1 0x1.6a09e667f3bcdp-1 0x1.fffffffffffffp-1
// expect: 0x1.fffffffffffffp-2 0x1.bb67ae8584cabp-1 0x1.279a74590331cp-1
// expect: -0x1.1689ef5f34f52p-1 -0x1.ad9ac890c6b1fp-1 0x1.4bf5f34be3782p-1
// expect: -0x1.03425b78c4db8p-1 0x1.b981dbf665fdfp-1 -0x1.2ca74d62b5d38p-1
// expect: -0x1.e7148f79ab16dp-1 -0x1.3b92fe29aaf21p-2 0x1.8b210fb4e6f5dp+1
// expect: 0x1.a75cc150a206bp-1 0x1.1ff026793f1bbp-1 0x1.786729f34311ap+0
// expect: -0x1.687d5890974a5p-1 0x1.6b94c3bbe24b8p-1 -0x1.fba5836323a4ep-1
// expect: 0x1.98eaecb8bcb2cp-4 0x1.fd712f9a817c1p-1 0x1.9af8877430b8p-4
// expect: 0x1.feb7a9b2c6d8bp-1 0x1.21bd54fc5f9a7p-4 0x1.c33ed50b88777p+3
// expect: 0x1.ea3914f560118p-1 -0x1.2777fac35be1fp-2 -0x1.a8bd324c75053p+1
// expect: 0:  1.000000  0.000000
// expect: 45:  0.707107  0.707107
// expect: 90:  0.000000  1.000000
// expect: 135: -0.707107  0.707107
// expect: 180: -1.000000  0.000000
// expect: 225: -0.707107 -0.707107
// expect: 270: -0.000000 -1.000000
// expect: 315:  0.707107 -0.707107
// expect: 0.47942555 0.87758255 0.546302497
// expect: -nan -nan
